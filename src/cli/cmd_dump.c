#include <string.h>

#include "cli/cmd_stub.h"

CLI_STUB_COMMAND(cli_cmd_dump, "dump", "print the document model as JSON")
