# Sources of the coverage stage, relative to src/.
list(APPEND VNPLAN_SOURCES coverage/lexicon.c coverage/paraphrase.c coverage/terms.c coverage/index.c coverage/scope.c coverage/score.c coverage/structure.c
     coverage/evidence.c coverage/deadline.c coverage/sanity.c coverage/compare.c)
