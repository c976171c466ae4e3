#include "PagedPdf.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace turnback {

namespace {

/// The footer and, for an exercise, the watermark, drawn over each laid-out page.
void decoratePage(QPainter& painter, const QRectF& page, int number, int count, const PdfPageStyle& style) {
    painter.save();
    if (style.exercise) {
        QFont big(QStringLiteral("DejaVu Sans"), 72, QFont::Bold);
        painter.setFont(big);
        painter.setPen(QColor(200, 0, 0, 60));
        painter.translate(page.center());
        painter.rotate(-45);
        painter.drawText(QRectF(-page.width(), -page.height() / 4, 2 * page.width(), page.height() / 2),
                         Qt::AlignCenter, QCoreApplication::translate("PagedPdf", "EXERCISE"));
        painter.resetTransform();
    }
    QFont small(QStringLiteral("DejaVu Sans"), 7);
    painter.setFont(small);
    painter.setPen(Qt::black);
    const QString left =
        (style.exercise ? QCoreApplication::translate("PagedPdf", "EXERCISE") + QStringLiteral(" \u2014 ")
                        : QString()) +
        style.footerLeft;
    const QRectF footer(page.left(), page.bottom() - painter.fontMetrics().height() * 1.5, page.width(),
                        painter.fontMetrics().height() * 1.5);
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, left);
    painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom,
                     QCoreApplication::translate("PagedPdf", "page %1 of %2").arg(number).arg(count));
    painter.restore();
}

} // namespace

QByteArray PagedPdf::render(const QString& html, const PdfPageStyle& style, const QHash<QUrl, QImage>& images) {
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setTitle(style.title);
    writer.setCreator(QStringLiteral("Turnback"));

    QTextDocument document;
    document.documentLayout()->setPaintDevice(&writer);
    for (auto it = images.cbegin(); it != images.cend(); ++it)
        document.addResource(QTextDocument::ImageResource, it.key(), it.value());
    document.setHtml(html);
    QPainter painter(&writer);
    const QRectF page(0, 0, writer.width(), writer.height());
    const qreal footer = painter.fontMetrics().height() * 3;
    const QSizeF body(page.width(), page.height() - footer);
    document.setPageSize(body);
    const int pages = document.pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -i * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, i * body.height(), body.width(), body.height());
        painter.setClipRect(context.clip);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        decoratePage(painter, page, i + 1, pages, style);
    }
    painter.end();
    return pdf;
}

} // namespace turnback
