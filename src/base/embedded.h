// Files compiled into the binary (cmake/Embed.cmake), so that `tanya` runs
// from any directory with its default article, bot data and web assets.
// Paths are relative to the embedded directory, with '/' separators.
#ifndef TANYA_BASE_EMBEDDED_H_
#define TANYA_BASE_EMBEDDED_H_

#include <string_view>
#include <vector>

namespace tanya::embedded {

struct File {
  std::string_view path;
  std::string_view data;
};

const std::vector<File>& corpus();  // corpus/*.md
const std::vector<File>& bot();     // bot/*.json, bot/templates/*
const std::vector<File>& web();     // web/: widget.js, widget.css, demo page
const std::vector<File>& schema();  // index/*.sql

}  // namespace tanya::embedded

#endif  // TANYA_BASE_EMBEDDED_H_
