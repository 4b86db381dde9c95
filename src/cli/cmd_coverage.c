#include <string.h>

#include "cli/cmd_stub.h"

CLI_STUB_COMMAND(cli_cmd_coverage, "coverage", "check which tasks of an upper plan lower plans cover")
