// The pages of /admin (server/admin.h), as HTML with no script: the login
// form, and the report with its charts drawn as inline SVG (questions per
// day, the found rate over time, the largest groups of unanswered
// questions) and the forms that add a curated answer or an alias. Every
// text from the log is escaped: readers' questions are hostile.
#ifndef TANYA_WEB_ADMIN_PAGE_H_
#define TANYA_WEB_ADMIN_PAGE_H_

#include <string>
#include <string_view>
#include <vector>

#include "editor/report.h"

namespace tanya::web {

struct AdminView {
  std::string csrf;                   // goes into every form
  std::vector<std::string> articles;  // article ids for the forms
  bool can_curate = false;            // a corpus directory to write to
  bool logging = false;               // a question log is kept
  std::string since;                  // the filters shown
  std::string article;
  std::string notice;  // after a change: what was done
  std::string error;   // after a refused change: why
};

std::string html_escape(std::string_view text);
std::string render_admin_login(std::string_view message);
std::string render_admin_report(const editor::Report& report, const AdminView& view);

}  // namespace tanya::web

#endif  // TANYA_WEB_ADMIN_PAGE_H_
