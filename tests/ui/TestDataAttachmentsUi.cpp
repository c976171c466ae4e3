// The Data handling tab lists each file attached as evidence by name and SHA-256, where it was
// attached, and whether the copy in the evidence store still matches (re-hashed, as `audit verify`
// does): a real file, a real store next to a real SQLite log, then changed and removed for real.
#include "AttachmentCheck.h"
#include "DataHandlingPanel.h"
#include "EvidenceStore.h"
#include "IncidentFixtures.h"

#include <QCryptographicHash>
#include <QDir>
#include <QTreeWidget>

using namespace turnback;
using namespace turnback::test;
using namespace Qt::Literals::StringLiterals;

class TestDataAttachmentsUi : public QObject {
    Q_OBJECT
private slots:
    void attachedFilesShowNameHashAndWhetherTheyStillMatch();
};

void TestDataAttachmentsUi::attachedFilesShowNameHashAndWhetherTheyStillMatch() {
    Bench bench;
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start(liveSetup()));
    DataHandlingPanel panel;
    panel.setView(&session, &session);
    panel.show();
    auto* list = panel.findChild<QTreeWidget*>(u"dataAttachments"_s);
    QVERIFY(list);
    QVERIFY(!list->isVisible()); // nothing attached yet

    const QString file = bench.dir.file(u"row-count.txt"_s);
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    const QByteArray bytes = "orders: 1200 rows before the delete\n";
    out.write(bytes);
    out.close();
    const EvidenceStore::Result attached = EvidenceStore::attach(session, file, u"data:delete/count-before"_s);
    QVERIFY2(attached.seq, qPrintable(attached.error));
    QVERIFY(list->isVisible());
    QCOMPARE(list->topLevelItemCount(), 1);
    const QTreeWidgetItem* row = list->topLevelItem(0);
    QCOMPARE(row->text(0), u"row-count.txt"_s);
    QCOMPARE(row->text(1), QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(row->text(2), u"data:delete/count-before"_s);
    QCOMPARE(row->text(3), u"yes"_s);

    // The stored copy changed behind the record's back: the tab says so.
    const QString stored = QDir(evidenceStoreFolder(session.databasePath())).filePath(attached.attached->path);
    QFile tamper(stored);
    QVERIFY(tamper.open(QIODevice::Append));
    tamper.write("and one more\n");
    tamper.close();
    panel.refresh();
    QCOMPARE(list->topLevelItem(0)->text(3), u"NO: CHANGED since it was attached"_s);
    QVERIFY(QFile::remove(stored));
    panel.refresh();
    QCOMPARE(list->topLevelItem(0)->text(3), u"NO: REMOVED from the store"_s);
}

QTEST_MAIN(TestDataAttachmentsUi)
#include "TestDataAttachmentsUi.moc"
