#include <string.h>

#include "cli/cmd_stub.h"

CLI_STUB_COMMAND(cli_cmd_extract, "extract", "extract plans as JSON: metadata, sections, tasks, units")
