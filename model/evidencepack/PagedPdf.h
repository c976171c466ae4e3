#pragma once

#include <QByteArray>
#include <QHash>
#include <QImage>
#include <QString>
#include <QUrl>

namespace turnback {

/// How the pages of an exported document are decorated: a footer on every page ("left ... page N of M")
/// and, for an exercise, the EXERCISE watermark across every page.
struct PdfPageStyle {
    QString title;      ///< the PDF's title
    QString footerLeft; ///< e.g. "Turnback evidence pack: rev-..."; prefixed with EXERCISE for an exercise
    bool exercise = false;
};

/// HTML laid out on A4 pages with QTextDocument and written with QPdfWriter: the one page style the
/// evidence pack's report.pdf and the after-action report share. Needs a QGuiApplication (fonts).
class PagedPdf {
public:
    /// `images` are added to the document under their URLs (<img src='...'>).
    static QByteArray render(const QString& html, const PdfPageStyle& style, const QHash<QUrl, QImage>& images = {});
};

} // namespace turnback
