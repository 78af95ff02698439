#include "web/admin_page.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace tanya::web {

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

namespace {

const char* kStyle = R"css(
body{font:15px/1.5 system-ui,sans-serif;margin:0;background:#f6f7f9;color:#1d2330}
header{background:#1f4e79;color:#fff;padding:12px 24px;display:flex;justify-content:space-between;align-items:center}
header h1{font-size:20px;margin:0}
main{max-width:1100px;margin:0 auto;padding:16px 24px}
section{background:#fff;border:1px solid #dde2ea;border-radius:8px;padding:16px;margin:16px 0}
h2{font-size:17px;margin:0 0 12px}
.stats{display:flex;gap:24px;flex-wrap:wrap}
.stat b{display:block;font-size:24px}
.notice{background:#e6f4ea;border-color:#9bd3ae}
.error{background:#fdecea;border-color:#f1a9a0}
table{border-collapse:collapse;width:100%}
td,th{border-bottom:1px solid #e5e9f0;padding:6px 8px;text-align:left;vertical-align:top}
details{margin-top:6px}
form.curate{display:grid;gap:6px;margin-top:8px}
textarea,input,select{font:inherit;padding:4px 6px;border:1px solid #b8c2d0;border-radius:4px}
button{font:inherit;padding:6px 12px;border-radius:4px;border:1px solid #1f4e79;background:#1f4e79;color:#fff}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(460px,1fr));gap:16px}
figure{margin:0}
svg text{font-size:11px;fill:#3b4455}
.muted{color:#5b6678}
ul.examples{margin:4px 0;padding-left:18px}
)css";

std::string page(std::string_view title, std::string_view body) {
  std::ostringstream out;
  out << "<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\">"
      << "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
      << "<title>" << html_escape(title) << "</title><style>" << kStyle << "</style></head><body>"
      << body << "</body></html>";
  return out.str();
}

std::string percent(size_t part, size_t whole) {
  if (whole == 0) return "–";
  return std::to_string(static_cast<int>(
             std::lround(100.0 * static_cast<double>(part) / static_cast<double>(whole)))) +
         "%";
}

// Bars of questions per day.
std::string day_chart(const editor::Report& r) {
  constexpr int kW = 480, kH = 180, kPad = 28;
  size_t top = 1;
  for (const auto& d : r.days) top = std::max(top, d.questions);
  std::ostringstream svg;
  svg << "<svg role=\"img\" aria-labelledby=\"chart-days-title\" viewBox=\"0 0 " << kW << " " << kH
      << "\" width=\"100%\"><title id=\"chart-days-title\">Pertanyaan per hari</title>";
  const double slot =
      r.days.empty() ? 0 : static_cast<double>(kW - 2 * kPad) / static_cast<double>(r.days.size());
  for (size_t i = 0; i < r.days.size(); ++i) {
    const auto& d = r.days[i];
    const double h =
        (kH - 2.0 * kPad) * static_cast<double>(d.questions) / static_cast<double>(top);
    const double x = kPad + slot * static_cast<double>(i) + slot * 0.15;
    svg << "<rect x=\"" << x << "\" y=\"" << (kH - kPad - h) << "\" width=\"" << slot * 0.7
        << "\" height=\"" << h << "\" fill=\"#1f4e79\"><title>" << html_escape(d.day) << ": "
        << d.questions << " pertanyaan</title></rect>";
    if (r.days.size() <= 14 || i % (r.days.size() / 7 + 1) == 0)
      svg << "<text x=\"" << x << "\" y=\"" << kH - 8 << "\">" << html_escape(d.day.substr(5))
          << "</text>";
  }
  svg << "<text x=\"2\" y=\"" << kPad - 8 << "\">" << top << "</text>";
  svg << "<line x1=\"" << kPad << "\" y1=\"" << kH - kPad << "\" x2=\"" << kW - kPad << "\" y2=\""
      << kH - kPad << "\" stroke=\"#8a94a6\"/></svg>";
  return svg.str();
}

// The found rate per day, 0–100%.
std::string rate_chart(const editor::Report& r) {
  constexpr int kW = 480, kH = 180, kPad = 28;
  std::ostringstream svg, points;
  svg << "<svg role=\"img\" aria-labelledby=\"chart-rate-title\" viewBox=\"0 0 " << kW << " " << kH
      << "\" width=\"100%\"><title id=\"chart-rate-title\">Tingkat terjawab per hari</title>";
  const size_t n = r.days.size();
  for (size_t i = 0; i < n; ++i) {
    const auto& d = r.days[i];
    const double rate =
        d.questions == 0 ? 0 : static_cast<double>(d.found) / static_cast<double>(d.questions);
    const double x =
        n == 1 ? kW / 2.0
               : kPad + (kW - 2.0 * kPad) * static_cast<double>(i) / static_cast<double>(n - 1);
    const double y = kH - kPad - (kH - 2.0 * kPad) * rate;
    points << x << "," << y << " ";
    svg << "<circle cx=\"" << x << "\" cy=\"" << y << "\" r=\"3\" fill=\"#2e7d32\"><title>"
        << html_escape(d.day) << ": " << percent(d.found, d.questions)
        << " terjawab</title></circle>";
  }
  if (n > 1)
    svg << "<polyline fill=\"none\" stroke=\"#2e7d32\" stroke-width=\"2\" points=\"" << points.str()
        << "\"/>";
  svg << "<text x=\"2\" y=\"" << kPad - 8 << "\">100%</text><text x=\"2\" y=\"" << kH - kPad
      << "\">0%</text>";
  svg << "<line x1=\"" << kPad << "\" y1=\"" << kH - kPad << "\" x2=\"" << kW - kPad << "\" y2=\""
      << kH - kPad << "\" stroke=\"#8a94a6\"/></svg>";
  return svg.str();
}

// The largest groups of unanswered questions, as horizontal bars.
std::string groups_chart(const editor::Report& r) {
  constexpr int kW = 480, kRow = 22, kLabel = 220;
  const size_t n = std::min<size_t>(r.declined.size(), 8);
  const int h = static_cast<int>(n) * kRow + 10;
  size_t top = 1;
  for (size_t i = 0; i < n; ++i) top = std::max(top, r.declined[i].count);
  std::ostringstream svg;
  svg << "<svg role=\"img\" aria-labelledby=\"chart-groups-title\" viewBox=\"0 0 " << kW << " "
      << std::max(h, 40) << "\" width=\"100%\"><title id=\"chart-groups-title\">"
      << "Kelompok pertanyaan tak terjawab terbanyak</title>";
  for (size_t i = 0; i < n; ++i) {
    const auto& g = r.declined[i];
    std::string label = g.examples.empty() ? "" : g.examples.front();
    if (label.size() > 34) {
      size_t cut = 34;
      while (cut > 0 && (static_cast<unsigned char>(label[cut]) & 0xC0) == 0x80) --cut;
      label = label.substr(0, cut) + "…";
    }
    const double w = (kW - kLabel - 30.0) * static_cast<double>(g.count) / static_cast<double>(top);
    const int y = static_cast<int>(i) * kRow + 4;
    svg << "<text x=\"0\" y=\"" << y + 14 << "\">" << html_escape(label) << "</text>"
        << "<rect x=\"" << kLabel << "\" y=\"" << y << "\" width=\"" << w << "\" height=\""
        << kRow - 6 << "\" fill=\"#c62828\"><title>" << g.count << "×</title></rect>"
        << "<text x=\"" << kLabel + w + 4 << "\" y=\"" << y + 14 << "\">" << g.count << "</text>";
  }
  svg << "</svg>";
  return svg.str();
}

std::string article_select(const AdminView& view, std::string_view chosen, std::string_view id) {
  std::ostringstream out;
  out << "<select id=\"" << id << "\" name=\"article\" required>";
  for (const std::string& a : view.articles) {
    out << "<option value=\"" << html_escape(a) << "\"" << (a == chosen ? " selected" : "") << ">"
        << html_escape(a) << "</option>";
  }
  out << "</select>";
  return out.str();
}

std::string hidden_csrf(const AdminView& view) {
  return "<input type=\"hidden\" name=\"csrf\" value=\"" + html_escape(view.csrf) + "\">";
}

}  // namespace

std::string render_admin_login(std::string_view message) {
  std::ostringstream body;
  body << "<header><h1>Tanya · Admin</h1></header><main><section><h2>Masuk</h2>";
  if (!message.empty())
    body << "<p class=\"error\" role=\"alert\">" << html_escape(message) << "</p>";
  body << "<form method=\"post\" action=\"/admin/login\">"
       << "<label for=\"token\">Token admin</label> "
       << "<input id=\"token\" name=\"token\" type=\"password\" autocomplete=\"current-password\" "
          "required> <button type=\"submit\">Masuk</button></form></section></main>";
  return page("Tanya · Admin: masuk", body.str());
}

std::string render_admin_report(const editor::Report& r, const AdminView& view) {
  std::ostringstream b;
  b << "<header><h1>Tanya · Admin</h1><form method=\"post\" action=\"/admin/logout\">"
    << hidden_csrf(view) << "<button type=\"submit\">Keluar</button></form></header><main>";
  if (!view.notice.empty())
    b << "<section class=\"notice\" role=\"status\">" << html_escape(view.notice) << "</section>";
  if (!view.error.empty())
    b << "<section class=\"error\" role=\"alert\">" << html_escape(view.error) << "</section>";
  if (!view.logging)
    b << "<section class=\"error\">Log pertanyaan mati (--no-question-log): tidak ada yang "
         "dicatat.</section>";

  b << "<section><form method=\"get\" action=\"/admin\"><label>Hari terakhir <input name=\"since\" "
       "value=\""
    << html_escape(view.since) << "\" size=\"10\"></label> <label>Artikel <input name=\"article\" "
    << "value=\"" << html_escape(view.article)
    << "\" size=\"24\"></label> <button type=\"submit\">Tampilkan</button></form></section>";

  b << "<section><h2>Ringkasan</h2><div class=\"stats\">"
    << "<div class=\"stat\"><b id=\"stat-questions\">" << r.questions << "</b>pertanyaan</div>"
    << "<div class=\"stat\"><b id=\"stat-found\">" << percent(r.found, r.questions)
    << "</b>terjawab</div>"
    << "<div class=\"stat\"><b id=\"stat-up\">" << r.up << "</b>dinilai membantu</div>"
    << "<div class=\"stat\"><b id=\"stat-down\">" << r.down << "</b>dinilai tidak membantu</div></div></section>";

  b << "<section><h2>Grafik</h2><div class=\"charts\"><figure>" << day_chart(r)
    << "<figcaption>Pertanyaan per hari</figcaption></figure><figure>" << rate_chart(r)
    << "<figcaption>Tingkat terjawab</figcaption></figure><figure>" << groups_chart(r)
    << "<figcaption>Tak terjawab terbanyak</figcaption></figure></div>";
  b << "<table><caption class=\"muted\">Per kanal</caption><tr><th>Kanal</th><th>Pertanyaan</th>"
       "<th>Terjawab</th></tr>";
  for (const auto& c : r.channels)
    b << "<tr><td>" << html_escape(c.channel) << "</td><td>" << c.questions << "</td><td>"
      << percent(c.found, c.questions) << "</td></tr>";
  b << "</table></section>";

  b << "<section id=\"declined\"><h2>Pertanyaan tak terjawab (dikelompokkan)</h2>";
  if (r.declined.empty()) b << "<p class=\"muted\">Belum ada.</p>";
  b << "<table>";
  size_t n = 0;
  for (const auto& g : r.declined) {
    ++n;
    b << "<tr class=\"group\"><td><b>" << g.count << "×</b>";
    if (g.down) b << "<br>" << g.down << " tidak membantu";
    b << "</td><td><ul class=\"examples\">";
    std::string phrasings;
    for (const auto& e : g.examples) {
      b << "<li>" << html_escape(e) << "</li>";
      phrasings += e + "\n";
    }
    b << "</ul>";
    if (view.can_curate) {
      const std::string id = "g" + std::to_string(n);
      b << "<details><summary>Tambah jawaban kurasi</summary>"
        << "<form class=\"curate\" method=\"post\" action=\"/admin/curate\">" << hidden_csrf(view)
        << "<label for=\"" << id << "-article\">Artikel</label>"
        << article_select(view, g.article, id + "-article") << "<label for=\"" << id
        << "-q\">Pertanyaan (satu per baris)</label>"
        << "<textarea id=\"" << id << "-q\" name=\"questions\" rows=\"3\" required>"
        << html_escape(phrasings) << "</textarea>"
        << "<label for=\"" << id << "-a\">Jawaban</label>"
        << "<textarea id=\"" << id << "-a\" name=\"answer\" rows=\"3\" required></textarea>"
        << "<label for=\"" << id << "-s\">Bagian yang dikutip (judul, opsional)</label>"
        << "<input id=\"" << id << "-s\" name=\"section\">"
        << "<button type=\"submit\">Simpan jawaban</button></form></details>";
    }
    b << "</td></tr>";
  }
  b << "</table></section>";

  if (view.can_curate) {
    b << "<section><h2>Tambah alias</h2><p class=\"muted\">Kata pembaca untuk kata artikel, "
         "misalnya \"kopsis\" untuk \"koperasi sekolah\".</p>"
      << "<form class=\"curate\" method=\"post\" action=\"/admin/alias\">" << hidden_csrf(view)
      << "<label for=\"alias-article\">Artikel</label>"
      << article_select(view, view.article, "alias-article")
      << "<label for=\"alias-phrase\">Kata pembaca</label><input id=\"alias-phrase\" "
         "name=\"phrase\" required>"
      << "<label for=\"alias-to\">Kata artikel</label><input id=\"alias-to\" name=\"to\" required>"
      << "<button type=\"submit\">Simpan alias</button></form></section>";
  } else {
    b << "<section class=\"muted\">Korpus tertanam: jawaban kurasi hanya bisa ditambahkan bila "
         "server berjalan dengan --corpus.</section>";
  }

  b << "<section id=\"marked-down\"><h2>Jawaban yang dinilai tidak membantu</h2><table>";
  for (const auto& q : r.marked_down) {
    b << "<tr><td>" << html_escape(q.question) << "</td><td>" << html_escape(q.answer)
      << "</td><td>" << html_escape(q.comment) << "</td></tr>";
  }
  b << "</table></section>";

  b << "<section id=\"low\"><h2>Jawaban dengan keyakinan rendah</h2><table>";
  for (const auto& q : r.low) {
    b << "<tr><td>" << static_cast<int>(std::lround(q.confidence * 100)) << "%</td><td>"
      << html_escape(q.question) << "</td><td>" << html_escape(q.answer) << "</td></tr>";
  }
  b << "</table></section></main>";
  return page("Tanya · Admin", b.str());
}

}  // namespace tanya::web
