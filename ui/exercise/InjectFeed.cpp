#include "InjectFeed.h"

#include "Kit.h"

#include <QTextBrowser>
#include <QVBoxLayout>

namespace turnback {

InjectFeed::InjectFeed(const Kit& kit, QWidget* parent)
    : QWidget(parent)
    , m_kit(kit) {
    setObjectName(QStringLiteral("injectFeed"));
    m_view = new QTextBrowser(this);
    m_view->setObjectName(QStringLiteral("injectFeedView"));
    m_view->setOpenLinks(false);
    m_view->setPlaceholderText(tr("Injects appear here as they reach the room, newest on top."));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

QString InjectFeed::sentence(const events::ExerciseInject& inject, const Kit& kit, bool html) {
    const auto esc = [html](const QString& text) { return html ? text.toHtmlEscaped() : text; };
    QString what;
    if (inject.type == events::ExerciseInject::Type::Message) {
        what = esc(inject.text);
    } else {
        const Signal* signal = kit.signal(inject.signal);
        const QString name = esc(signal ? signal->name : inject.signal);
        what = inject.value ? tr("%1: %2 observed.").arg(name, QString::number(*inject.value))
                            : tr("%1: one more occurrence.").arg(name);
    }
    if (inject.to.isEmpty())
        return what;
    const QString to = tr("To %1:").arg(esc(kit.roleTitle(inject.to)));
    return html ? QStringLiteral("<b>%1</b> %2").arg(to, what) : QStringLiteral("%1 %2").arg(to, what);
}

void InjectFeed::add(const events::ExerciseInject& inject, const QDateTime& at) {
    m_entries.append({at, inject});
    render();
}

QString InjectFeed::newestText() const {
    return m_entries.isEmpty() ? QString() : sentence(m_entries.last().second, m_kit, false);
}

void InjectFeed::render() {
    QString html;
    for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it) {
        const events::ExerciseInject& inject = it->second;
        QString expects;
        if (inject.expects.isEmpty())
            expects = tr("nothing expected");
        else
            expects = tr("%n expectation(s)", nullptr, int(inject.expects.size()));
        html += QStringLiteral("<p><span style='color:#555'>%1 UTC · %2 · %3</span><br>%4</p>")
                    .arg(it->first.toUTC().toString(QStringLiteral("HH:mm:ss")), inject.inject.toHtmlEscaped(), expects,
                         sentence(inject, m_kit, true));
    }
    m_view->setHtml(html);
}

} // namespace turnback
