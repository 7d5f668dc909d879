// Everything a Redis holds, read the way someone with access to it or to its
// files would: every key of every type through SCAN, every command of every
// AOF file, every line of a server's log. Each record keeps its parts apart
// (key, field, value; command and arguments), so a test can ask both "does
// this record hold X" and "which part is the event bytes".
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kring::test {

struct StoredRecord {
  enum class Source { key, aof, log };
  Source source = Source::key;
  std::string where;               // for messages: key and entry, file and command number, line
  std::vector<std::string> parts;  // key name then its content; or a command and its arguments

  bool contains(std::string_view bytes) const;
};

// Every key (SCAN), with one record per string, hash field, list element, set
// member, sorted-set member and stream entry. Throws on a type it cannot read.
std::vector<StoredRecord> redis_records(std::uint16_t port);

// Every command of every *.aof file under `redis_dir` (RESP arrays), and every
// other file there (the RDB preamble, the manifest) as one raw record.
std::vector<StoredRecord> aof_records(const std::string& redis_dir);

// One record per line.
std::vector<StoredRecord> log_records(const std::string& name, const std::string& text);

}  // namespace kring::test
