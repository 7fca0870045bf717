#pragma once

#include "library/reports/barchart.h"

#include <QWidget>

#include <optional>

namespace SchoolSuite::Library {

// Shows a BarChart of the reports, as the printed report draws it.
class ReportChart : public QWidget
{
    Q_OBJECT

public:
    explicit ReportChart(QWidget *parent = nullptr);
    void setChart(const BarChart &chart);
    const std::optional<BarChart> &chart() const { return m_chart; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::optional<BarChart> m_chart;
    int m_height = 260;
};

} // namespace SchoolSuite::Library
