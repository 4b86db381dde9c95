#include <string.h>

#include "cli/cmd_stub.h"

CLI_STUB_COMMAND(cli_cmd_text, "text", "print a document as plain text with its numbering")
