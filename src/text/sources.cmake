list(APPEND VNPLAN_SOURCES text/text_stub.c)
