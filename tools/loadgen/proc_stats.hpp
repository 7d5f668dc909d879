// proc_stats: what /proc says of a process (the server, Redis): CPU time used
// so far (user + system) and resident memory.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <string>

namespace kring::loadgen {

// Seconds of CPU (utime + stime) the process has used; 0 when it is gone.
double cpu_seconds(pid_t pid);

// Resident set size in bytes (VmRSS); 0 when it is gone.
std::uint64_t rss_bytes(pid_t pid);

// The 1-minute load average of the machine, as /proc/loadavg prints it.
std::string load_average();

}  // namespace kring::loadgen
