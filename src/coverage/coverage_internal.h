/*
 * Coverage internals: tasks turned into weighted terms, the upper plan's
 * index, scope rules, and the report being built.
 *
 * A task's text becomes a sequence of folded syllables (the text stage's
 * folded key, so tone placement, case and diacritics do not matter) with
 * abbreviations replaced by their expansion and boilerplate (the rules
 * file's stopwords) dropped. Its terms are those syllables and the pairs of
 * syllables next to each other within a clause.
 */
#ifndef VN_COVERAGE_INTERNAL_H
#define VN_COVERAGE_INTERNAL_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

#include "rules/rules_internal.h"
#include "util/strmap.h"
#include "util/vec.h"
#include "vnplan/coverage.h"

/* Term strings <-> ids. Unigrams are folded syllables ("thu"), bigrams two
 * joined by a space ("thu tuc"). */
typedef struct cov_vocab {
    const struct cov_vocab *parent;   /* looked up first, never changed (the upper index's) */
    int base;              /* ids of this vocabulary start after the parent's */
    vn_strmap ids;
    vn_vec names;          /* char *, owned */
} cov_vocab;

/* An empty vocabulary, or one that extends `parent` without changing it. */
void cov_vocab_init(cov_vocab *v, const cov_vocab *parent);
/* The number of ids (the parent's included). */
int cov_vocab_size(const cov_vocab *v);
void cov_vocab_free(cov_vocab *v);
/* The id of `term`, added when new; -1 when out of memory. */
int cov_vocab_id(cov_vocab *v, const char *term);
const char *cov_vocab_name(const cov_vocab *v, int id);
/* The id of `term`, or -1 when the vocabulary does not have it. */
int cov_vocab_find(const cov_vocab *v, const char *term);

/* One syllable of a task after expansion: its unigram term and where it
 * came from in the task's text (an expanded abbreviation gives several
 * syllables with the abbreviation's span). */
typedef struct cov_tok {
    int term;              /* unigram id; -1 for a stopword */
    size_t start, end;     /* byte span in the text */
    bool clause_start;     /* punctuation before it: no bigram across */
} cov_tok;

/* A task as terms: distinct term ids, sorted, with their counts. */
typedef struct cov_doc {
    const char *id, *text, *area;   /* borrowed from the plan's JSON */
    cov_tok *toks;
    size_t n_toks;
    int *terms;
    unsigned *tf;
    size_t n_terms;
    int *area_terms;       /* distinct unigram ids of the area heading, sorted */
    size_t n_area_terms;
    char **cites;          /* documents the task cites ("93/qd-ubnd"), folded, owned */
    size_t n_cites;
} cov_doc;

void cov_doc_free(cov_doc *d);

/* The paraphrase lexicon (paraphrase.c): folded variant -> canonical. */
typedef struct cov_paraphrases {
    vn_strmap variant;     /* folded variant -> index into canon */
    vn_strmap first;       /* first syllable of each variant -> 1 (a quick filter) */
    vn_strmap canonical;   /* folded canonical expression -> 1 */
    vn_vec canon;          /* char *: folded canonical expressions, owned */
    size_t max_len;        /* longest variant, in syllables */
    size_t entries, variants, bad;   /* lines read, variants, lines or variants skipped */
} cov_paraphrases;

void cov_paraphrases_init(cov_paraphrases *p);
void cov_paraphrases_free(cov_paraphrases *p);
/* Adds the lines of a lexicon text; false only when out of memory. */
bool cov_paraphrases_load(cov_paraphrases *p, const char *text, size_t len);
/* The lexicon built into the library (src/rules/paraphrases.lexicon). */
bool cov_paraphrases_load_default(cov_paraphrases *p);
/* The canonical expression of a folded variant, or NULL. */
const char *cov_paraphrase_of(const cov_paraphrases *p, const char *folded);

/* Features that the rules file's list `coverage.off` turns off, for the
 * ablation of docs/coverage.md: each is on by default. */
enum {
    COV_OFF_LEXICON = 1u << 0,     /* "lexicon": the paraphrase lexicon */
    COV_OFF_RESCUE = 1u << 1,      /* "rescue": mutual best matches under the threshold */
    COV_OFF_CITED = 1u << 2,       /* "citations": documents both tasks cite */
    COV_OFF_NEAR_MISS = 1u << 3,   /* "near_miss": demotion when the distinctive object is absent */
    COV_OFF_TWINS = 1u << 4,       /* "twins": a demand written twice in the upper plan */
};
/* The bits of the rules' coverage.off list. */
unsigned cov_off_switches(const vnplan_rules *rules);

/* What turns text into terms: the folded stopword phrases and the
 * abbreviation expansions (folded, as syllable sequences). */
typedef struct cov_lexicon {
    const cov_paraphrases *para;   /* borrowed from the index; NULL: none */
    vn_strmap stop;        /* folded phrase -> 1 */
    vn_strmap abbr;        /* folded abbreviation -> index into expansions */
    vn_vec expansions;     /* char *: folded expansion, syllables separated by spaces */
    vn_strmap stop_first;  /* first syllable of each stopword phrase -> 1 (a quick filter) */
    vn_strmap abbr_first;  /* first token of each abbreviation -> 1 */
    size_t max_stop_len;   /* longest stopword phrase, in syllables */
    size_t max_abbr_len;   /* longest abbreviation, in tokens */
} cov_lexicon;

bool cov_lexicon_init(cov_lexicon *lx, const vnplan_rules *rules);
/* Adds a plan's own abbreviations (its "abbreviations" array); a plan's
 * definition replaces the rules file's. */
bool cov_lexicon_add_plan(cov_lexicon *lx, const json_t *plan);
/* A copy of lx (the upper plan's lexicon, extended for each lower plan). */
bool cov_lexicon_copy(cov_lexicon *dst, const cov_lexicon *src);
void cov_lexicon_free(cov_lexicon *lx);

/* Folds `text` and splits it into expanded syllables (no terms yet):
 * *out malloc'ed, each token's term is the unigram id or -1 for a stopword.
 * Returns the count or (size_t)-1 when out of memory. */
size_t cov_tokenize(const cov_lexicon *lx, cov_vocab *v, const char *text, bool stopwords, cov_tok **out);
/* The folded, expanded syllables of a name joined by spaces ("so noi vu"),
 * malloc'ed; *expanded tells whether an abbreviation was expanded. */
/* The folded tokens of s[0..len) joined by single spaces, malloc'ed ("" for
 * none), *n_tokens their number; NULL when out of memory. No abbreviation is
 * expanded: this folds the lexicons' own entries. */
char *cov_fold_tokens(const char *s, size_t len, size_t *n_tokens);
/* Records the first word of a folded phrase in `first` (a prefilter). */
bool cov_put_first(vn_strmap *first, const char *phrase);
char *cov_fold_name(const cov_lexicon *lx, const char *name, bool *expanded);
/* Fills d's tokens and terms from d->text and d->area. False when out of memory. */
bool cov_doc_build(cov_doc *d, const cov_lexicon *lx, cov_vocab *v);
/* True when term id is a bigram. */
bool cov_is_bigram(const cov_vocab *v, int id);

/* A unit named by an upper task, folded once when the index is built. */
typedef struct cov_unit {
    const char *name;      /* as in the plan */
    char *folded;          /* folded syllables, abbreviations expanded */
    bool expanded;         /* an abbreviation was expanded */
    bool collective;       /* a collective of the rules file's coverage.collectives */
    bool everyone;         /* ... that includes every body ('*') */
    char **members;        /* ... else the folded beginnings of the names it includes */
    size_t n_members;
} cov_unit;

/* The lead and support units of one upper task. */
typedef struct cov_task_units {
    cov_unit *lead, *support;
    size_t n_lead, n_support;
    json_t *implied;       /* support read from the text ("phối hợp với các sở, ban, ngành"), owned */
} cov_task_units;

/* Fills the units of every upper task (called by the index). */
bool cov_units_build(struct vnplan_coverage_index *idx);
void cov_units_free(struct vnplan_coverage_index *idx);

/* The upper plan, indexed. */
struct vnplan_coverage_index {
    unsigned off;          /* COV_OFF_* from the rules */
    cov_paraphrases paraphrases;
    cov_task_units *units; /* per upper task */
    bool *demands;         /* per upper task: asks for the lower plan by a deadline (deadline.c) */
    const vnplan_rules *rules;
    const json_t *plan;
    cov_lexicon lexicon;
    cov_vocab vocab;
    cov_doc *docs;
    size_t n_docs;
    unsigned *df;          /* per term id: upper tasks that contain it */
    /* Postings: for term t, the upper tasks containing it and the counts,
     * post_start[t] .. post_start[t + 1] in post_doc / post_tf. */
    size_t *post_start;
    size_t *post_doc;
    unsigned *post_tf;
    size_t n_post_terms;   /* terms covered by post_start */
    size_t *neighbour;     /* per upper task: its most similar other upper task */
    double *neighbour_sim; /* ... and their cosine (0: none) */
    size_t *twin;          /* per upper task: its twin (the same demand written twice, each the
                              other's nearest neighbour at COV_TWIN_MIN or more), or SIZE_MAX */
};

/* The tasks of a plan as docs (their strings borrowed from the plan). On
 * failure *out may hold a partial array: free it with cov_docs_free. */
bool cov_docs_from_plan(const json_t *plan, const cov_lexicon *lx, cov_vocab *vocab, cov_doc **out,
                        size_t *n_out);
void cov_docs_free(cov_doc *docs, size_t n);

/* Why an upper task is in the scope of a lower plan. */
typedef struct cov_scope {
    const char *rule;      /* "lead", "support", "abbreviation", "collective", "unassigned", "all"; NULL: out */
    const char *unit;      /* the upper plan's unit name that decided it, or NULL */
    const char *role;      /* "lead" or "support", or NULL */
} cov_scope;

/* The scope of every upper task for a lower plan issued by `issuer` (NULL:
 * unknown, so only unassigned tasks and collectives meant for every body).
 * A unit names the issuer when their folded words (abbreviations expanded)
 * are equal, or equal but for a place after the name ("Sở Nội vụ tỉnh Lạng
 * Sơn"). False when out of memory. */
bool cov_scope_tasks(const vnplan_coverage_index *idx, const char *issuer, bool all, cov_scope *out);

/* A match of one upper task with one lower task. */
typedef struct cov_match {
    size_t lower;          /* which lower plan */
    size_t task;           /* its task index */
    double score;
} cov_match;

#define COV_MAX_TOP 10

struct vnplan_coverage {
    json_t *root;
};

/* The score matrix of one lower plan against the index: scores[u * n_lower + l];
 * share[u]: the part of upper task u's weight found in the lower tasks that
 * score at least o->partial against it, together. */
bool cov_score(const vnplan_coverage_index *idx, const cov_doc *lower, size_t n_lower,
               const cov_vocab *vocab, const vnplan_coverage_options *o, double *scores, double *share,
               double **idf_out);

/* How structure changed the score of one (upper, lower) pair (structure.c). */
enum {
    COV_ADJ_CITED = 1u << 0,     /* both cite the same document: raised */
    COV_ADJ_DEMOTED = 1u << 1,   /* the upper task's distinctive object is absent: lowered */
    COV_ADJ_RESCUED = 1u << 2,   /* mutual best match just under --partial: raised to it */
};
typedef struct cov_adjust {
    unsigned flags;        /* COV_ADJ_* */
    double raw;            /* the score before */
    int cite;              /* cited: index into the upper task's cites */
    size_t neighbour;      /* demoted: the upper task it is told apart from */
    int object[2];         /* demoted: the distinctive terms absent from the lower task (-1: none) */
} cov_adjust;

#define COV_TWIN_MIN 0.80

/* Upper-upper: each upper task's nearest neighbour in the plan (index.c builds it once). */
bool cov_neighbours(vnplan_coverage_index *idx);
/* Applies citations, near-miss demotion and mutual-best rescue to scores (in place) for the
 * tasks in scope; adj[u * n_lower + l] says what changed. False when out of memory. */
bool cov_structure(const vnplan_coverage_index *idx, const cov_doc *lower, size_t n_lower, const cov_scope *scope,
                   const double *idf, const vnplan_coverage_options *o, double *scores, cov_adjust *adj);
/* The shared terms of an upper and a lower task, as display phrases taken
 * from the upper text (runs of syllables whose every adjacent pair the
 * other task has too), and their byte spans in both texts. */
json_t *cov_evidence(const cov_doc *upper, const cov_doc *lower, const cov_vocab *vocab);

/* Deadline findings ("chậm nhất sau 15 ngày kể từ ngày ban hành") of the
 * upper tasks in scope against a lower plan's issue date. Appends to `findings`. */
/* Marks the upper tasks that ask for the lower plan by a deadline, once
 * for all lower plans. False when out of memory. */
bool cov_find_demands(vnplan_coverage_index *idx);
/* Sanity findings of lower plan number `lower` (n_lower_tasks tasks) against
 * the upper plan (sanity.c): appended to `findings`; false when out of memory. */
bool cov_sanity(const struct vnplan_coverage_index *idx, const json_t *lower_plan, size_t lower, size_t n_lower_tasks,
                json_t *findings);
void cov_deadlines(const vnplan_coverage_index *idx, const cov_scope *scope, const json_t *lower_plan,
                   size_t lower, json_t *findings);

#endif
