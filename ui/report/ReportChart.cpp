#include "ReportChart.h"

#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QGraphicsScene>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>

namespace turnback {

namespace {

constexpr double kInjectRow = 3.5; ///< injects are marked above the highest level

QLineSeries* levelSeries(const AfterActionReport& report) {
    auto* series = new QLineSeries;
    series->setName(QCoreApplication::translate("ReportChart", "Level"));
    QPen pen(QColor(0, 70, 160));
    pen.setWidth(3);
    series->setPen(pen);
    double previous = 0;
    for (const AarLevelPoint& point : report.levels) {
        const double x = double(point.at.toMSecsSinceEpoch());
        series->append(x, previous); // a step: the level holds until it changes
        previous = int(point.level);
        series->append(x, previous);
    }
    series->append(double(report.overview.endOfRecord.toMSecsSinceEpoch()), previous);
    return series;
}

QScatterSeries* injectSeries(const AfterActionReport& report, bool gaps) {
    auto* series = new QScatterSeries;
    series->setName(gaps ? QCoreApplication::translate("ReportChart", "Inject with a gap")
                         : QCoreApplication::translate("ReportChart", "Inject"));
    series->setMarkerShape(gaps ? QScatterSeries::MarkerShapeRectangle : QScatterSeries::MarkerShapeCircle);
    series->setMarkerSize(11);
    series->setColor(gaps ? QColor(190, 0, 0) : QColor(0, 130, 0));
    for (const AarInject& inject : report.injects) {
        bool gap = inject.expects.isEmpty();
        for (const AarExpectation& e : inject.expects)
            gap = gap || !e.isMet();
        if (gap == gaps)
            series->append(double(inject.at.toMSecsSinceEpoch()), kInjectRow);
    }
    return series;
}

} // namespace

QChart* ReportChart::create(const AfterActionReport& report, const Kit* kit) {
    auto* chart = new QChart;
    chart->setTitle(QCoreApplication::translate("ReportChart", "Level over time, with the injects"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    QList<QXYSeries*> all{levelSeries(report), injectSeries(report, false), injectSeries(report, true)};

    auto* time = new QDateTimeAxis;
    time->setFormat(report.overview.started.secsTo(report.overview.endOfRecord) > 86400 ? QStringLiteral("dd HH:mm")
                                                                                        : QStringLiteral("HH:mm"));
    time->setTitleText(QCoreApplication::translate("ReportChart", "Time (UTC)"));
    time->setRange(report.overview.started, report.overview.endOfRecord.addSecs(1));
    auto* levels = new QCategoryAxis;
    levels->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    levels->setRange(-0.2, 3.8);
    for (const Level level : {Level::Normal, Level::Slow, Level::Stop, Level::Reverse})
        levels->append(kit ? kit->levelLabel(level) : levelId(level), int(level));
    levels->append(QCoreApplication::translate("ReportChart", "injects"), kInjectRow);
    chart->addAxis(time, Qt::AlignBottom);
    chart->addAxis(levels, Qt::AlignLeft);
    for (QXYSeries* series : all) {
        chart->addSeries(series);
        series->attachAxis(time);
        series->attachAxis(levels);
    }
    return chart;
}

QImage ReportChart::render(const AfterActionReport& report, const Kit* kit, const QSize& size) {
    // Drawn from a scene of its own, laid out at the image's size (a view not shown keeps a small layout).
    QGraphicsScene scene;
    QChart* chart = create(report, kit);
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
    scene.setSceneRect(chart->geometry());
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter);
    return image;
}

} // namespace turnback
