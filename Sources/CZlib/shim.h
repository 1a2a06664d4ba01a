// zlib, for reading gzip-compressed article files (`dump.jsonl.gz`). Debian: zlib1g-dev.
#include <zlib.h>
