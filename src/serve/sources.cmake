# vnplan serve (linked into the CLI only; paths relative to src/).
set(VNPLAN_SERVE_SOURCES cli/cmd_serve.c serve/http_server.c serve/routes.c serve/pages.c serve/html.c
    serve/db.c serve/csrf.c serve/plan_ingest.c serve/plan_routes.c serve/run_routes.c serve/decisions.c
    serve/review_page.c serve/review_apply.c serve/auth.c)
