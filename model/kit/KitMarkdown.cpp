#include "KitMarkdown.h"

namespace turnback::KitMarkdown {

QString cell(const QString& text) {
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    escaped.replace(QStringLiteral("\r\n"), QStringLiteral(" "));
    escaped.replace(QLatin1Char('\n'), QLatin1Char(' '));
    escaped.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return escaped.trimmed();
}

QString rubricTable(const Kit& kit) {
    QString table = QStringLiteral("| Signal | Threshold | Action | Owner | Timer |\n|---|---|---|---|---|\n");
    for (const Signal& signal : kit.signalList) {
        const QStringList cells = {cell(signal.name), cell(signal.threshold.text()),
                                   cell(kit.levelLabel(signal.action)), cell(kit.roleTitle(signal.owner)),
                                   cell(Duration::humanText(signal.timer))};
        table += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    }
    return table;
}

} // namespace turnback::KitMarkdown
