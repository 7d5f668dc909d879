// kring-loadgen: drives kring-server nodes (started here, on 127.0.0.1, free
// ports) with simulated devices speaking the real protocol, and prints what
// it measured as Markdown tables. See docs/PERFORMANCE.md.
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <sstream>
#include <string>
#include <vector>

#include "presets.hpp"
#include "table.hpp"

namespace {

using kring::loadgen::Overrides;

void usage() {
  std::fprintf(stderr,
               "usage: kring-loadgen PRESET [--runs N] [--threads N] [--measure SECONDS]\n"
               "                     [--offered RATE[,RATE...]] [--rooms N] [--room-size N]\n"
               "                     [--senders N] [--connections N] [--writers-on-one-node 0|1]\n"
               "presets:");
  for (const std::string& name : kring::loadgen::preset_names()) {
    std::fprintf(stderr, " %s", name.c_str());
  }
  std::fprintf(stderr, "\n");
}

std::vector<double> rates(const std::string& text) {
  std::vector<double> out;
  std::stringstream list(text);
  std::string item;
  while (std::getline(list, item, ',')) out.push_back(std::stod(item));
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    usage();
    return 2;
  }
  const std::string name = argv[1];
  Overrides overrides;
  std::size_t runs = 1;
  try {
    for (int i = 2; i + 1 < argc; i += 2) {
      const std::string flag = argv[i];
      const std::string value = argv[i + 1];
      if (flag == "--runs") {
        runs = std::stoul(value);
      } else if (flag == "--threads") {
        overrides.threads = std::stoul(value);
      } else if (flag == "--measure") {
        overrides.measure_seconds = std::stod(value);
      } else if (flag == "--offered") {
        overrides.offered = rates(value);
      } else if (flag == "--rooms") {
        overrides.rooms = std::stoul(value);
      } else if (flag == "--room-size") {
        overrides.room_size = std::stoul(value);
      } else if (flag == "--senders") {
        overrides.senders = std::stoul(value);
      } else if (flag == "--connections") {
        overrides.connections = std::stoul(value);
      } else if (flag == "--writers-on-one-node") {
        overrides.writers_on_one_node = std::stoul(value) != 0;
      } else {
        usage();
        return 2;
      }
    }
  } catch (const std::exception&) {
    usage();
    return 2;
  }
  const auto run = kring::loadgen::preset(name, overrides);
  if (!run || (argc % 2) != 0) {
    usage();
    return 2;
  }

  std::vector<std::vector<kring::loadgen::Row>> results;
  try {
    for (std::size_t i = 0; i < runs; ++i) {
      results.push_back(run());
      std::printf("\n%s, run %zu of %zu\n\n", name.c_str(), i + 1, runs);
      kring::loadgen::print_table(stdout, name, results.back());
    }
  } catch (const std::exception& error) {
    std::fprintf(stderr, "kring-loadgen: %s failed: %s\n", name.c_str(), error.what());
    return 1;
  }
  if (runs > 1) {
    std::printf("\n%s, median of %zu runs\n\n", name.c_str(), runs);
    kring::loadgen::print_table(stdout, name, kring::loadgen::medians(results));
  }
  return 0;
}
