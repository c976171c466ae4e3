#include <QProcess>
#include <QTest>

/// `turnback --help` and `--version` on a machine with no display at all: no DISPLAY, no
/// WAYLAND_DISPLAY and no QT_QPA_PLATFORM (a server, an ssh session, a packaging check). They must
/// print and exit 0, not abort for want of a screen.
class TestGuiCommandLine : public QObject {
    Q_OBJECT
private slots:
    void helpPrintsWithoutADisplay();
    void versionPrintsWithoutADisplay();

private:
    struct Run {
        int exitCode = -1;
        QProcess::ExitStatus status = QProcess::CrashExit;
        QString out, err;
    };
    static Run run(const QStringList& arguments);
};

TestGuiCommandLine::Run TestGuiCommandLine::run(const QStringList& arguments) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QLatin1String(name));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TURNBACK_GUI), arguments);
    if (!process.waitForFinished(30'000))
        process.kill();
    return {process.exitCode(), process.exitStatus(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void TestGuiCommandLine::helpPrintsWithoutADisplay() {
    for (const QString& flag : {QStringLiteral("--help"), QStringLiteral("-h")}) {
        const Run result = run({flag});
        QVERIFY2(result.status == QProcess::NormalExit, qPrintable(flag + QLatin1Char(' ') + result.err));
        QVERIFY2(result.exitCode == 0, qPrintable(flag + QLatin1Char(' ') + result.err));
        QVERIFY2(result.out.contains(QStringLiteral("--db <FILE>")), qPrintable(result.out));
        QVERIFY(result.out.contains(QStringLiteral("--kit <FILE>")));
        QVERIFY(result.out.contains(QStringLiteral("--overlay <FILE>")));
        QVERIFY(result.out.contains(QStringLiteral("reversibility kits")));
    }
}

void TestGuiCommandLine::versionPrintsWithoutADisplay() {
    const Run result = run({QStringLiteral("--version")});
    QVERIFY2(result.status == QProcess::NormalExit, qPrintable(result.err));
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(result.out.trimmed(), QStringLiteral("turnback " TURNBACK_VERSION));
}

QTEST_GUILESS_MAIN(TestGuiCommandLine)
#include "TestGuiCommandLine.moc"
