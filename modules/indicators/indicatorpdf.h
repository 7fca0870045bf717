#pragma once

#include "indicatorresult.h"

namespace SchoolSuite {

// The report for the district's supervision visit (督导评估), A4 PDF:
//   page 1   the school, the year, every indicator with its target and whether it is met, the
//            spending per funding source, who prepared it;
//   page 2   the charts of every indicator over the years against its target;
//   page 3-  the drill-down summaries: the rooms without multimedia, the teachers not yet
//            trained, the computers past their service life, the purchases per funding source,
//            and the size of every other list.
namespace IndicatorPdf {
// Writes the report to path and returns its number of pages. Throws Error when the file cannot
// be written.
int write(const QString &path,
          const IndicatorYear &year,
          const IndicatorHistory &history,
          const QString &preparedBy = {});
} // namespace IndicatorPdf

} // namespace SchoolSuite
