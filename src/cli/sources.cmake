set(VNPLAN_CLI_SOURCES cli/main.c cli/cli_common.c cli/cli_stdin.c cli/cli_progress.c cli/cli_output.c cli/cmd_text.c cli/cli_input.c cli/cli_convert.c cli/extract_pool.c cli/ordered_map.c cli/plan_loader.c cli/cmd_extract.c
    cli/cmd_normalize.c cli/cmd_coverage.c
    cli/cli_xlsx.c)
