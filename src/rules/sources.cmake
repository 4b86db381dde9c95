# Sources of the rules stage, relative to src/.
list(APPEND VNPLAN_SOURCES rules/rules_file.c rules/rules_match.c rules/rules_contract.c)
