/* Unit tests of the shared utilities: buffer, arena, context and limits. */
#include "check_main.h"
#include <stdlib.h>
#include <string.h>

#include "util/arena.h"
#include "util/buf.h"
#include "util/ctx.h"
#include "util/digest.h"
#include "vnplan/version.h"

START_TEST(buf_appends_and_detaches) {
    vn_buf b = VN_BUF_INIT;
    ck_assert_str_eq(vn_buf_cstr(&b), "");
    for (int i = 0; i < 10000; i++)
        vn_buf_putc(&b, (char)('a' + i % 26));
    ck_assert_uint_eq(b.len, 10000);
    ck_assert_int_eq(b.data[26], 'a');
    vn_buf_truncate(&b, 3);
    vn_buf_printf(&b, "-%d-%s", 42, "x");
    ck_assert_str_eq(vn_buf_cstr(&b), "abc-42-x");
    size_t len = 0;
    char *s = vn_buf_detach(&b, &len);
    ck_assert_str_eq(s, "abc-42-x");
    ck_assert_uint_eq(len, 8);
    ck_assert_ptr_null(b.data);
    free(s);
    /* An empty buffer detaches as an empty string, not as uninitialised memory. */
    vn_buf empty = VN_BUF_INIT;
    char *e = vn_buf_detach(&empty, &len);
    ck_assert_str_eq(e, "");
    ck_assert_uint_eq(len, 0);
    free(e);
}
END_TEST

START_TEST(buf_encodes_utf8) {
    vn_buf b = VN_BUF_INIT;
    vn_buf_put_utf8(&b, 'A');
    vn_buf_put_utf8(&b, 0x0110);   /* Đ */
    vn_buf_put_utf8(&b, 0x1EA1);   /* ạ */
    vn_buf_put_utf8(&b, 0x1F600);
    ck_assert_str_eq(vn_buf_cstr(&b), "A\xC4\x90\xE1\xBA\xA1\xF0\x9F\x98\x80");
    vn_buf_free(&b);
}
END_TEST

START_TEST(buf_escapes_html) {
    vn_buf b = VN_BUF_INIT;
    const char s[] = "Sở <b>\"Nội vụ\"</b> & 'TT' \0<after NUL>";
    vn_buf_html(&b, s, sizeof s - 1);
    ck_assert_uint_eq(b.len, strlen("Sở &lt;b&gt;&quot;Nội vụ&quot;&lt;/b&gt; &amp; &#39;TT&#39; ") + 1 +
                                 strlen("&lt;after NUL&gt;"));
    ck_assert_str_eq(vn_buf_cstr(&b), "Sở &lt;b&gt;&quot;Nội vụ&quot;&lt;/b&gt; &amp; &#39;TT&#39; ");
    ck_assert_str_eq(b.data + b.len - strlen("&lt;after NUL&gt;"), "&lt;after NUL&gt;");
    vn_buf_truncate(&b, 0);
    vn_buf_html(&b, "", 0);
    ck_assert_str_eq(vn_buf_cstr(&b), "");
    vn_buf_free(&b);
}
END_TEST

START_TEST(arena_strings_survive_many_blocks) {
    vn_arena a;
    vn_arena_init(&a);
    char *first = vn_arena_strdup(&a, "đầu tiên");
    char *big = vn_arena_alloc(&a, 1 << 20);
    ck_assert_ptr_nonnull(big);
    memset(big, 'x', 1 << 20);
    char *last = NULL;
    for (int i = 0; i < 100000; i++)
        last = vn_arena_strndup(&a, "abcdef", 3);
    ck_assert_str_eq(first, "đầu tiên");
    ck_assert_str_eq(last, "abc");
    ck_assert_uint_eq((uintptr_t)vn_arena_alloc(&a, 1) % _Alignof(max_align_t), 0);
    vn_arena_free(&a);
}
END_TEST

START_TEST(ctx_records_one_line_errors) {
    vnplan_ctx *ctx = vnplan_ctx_new();
    ck_assert_ptr_nonnull(ctx);
    ck_assert_int_eq(vnplan_ctx_error(ctx)->code, VNPLAN_OK);
    vnplan_status st = vn_fail_line(ctx, VNPLAN_EFORMAT, "word/document.xml", 12,
                                    "bad element\n<w:p> %d", 7);
    ck_assert_int_eq(st, VNPLAN_EFORMAT);
    const vnplan_error *e = vnplan_ctx_error(ctx);
    ck_assert_str_eq(e->message, "bad element <w:p> 7");
    ck_assert_str_eq(e->part, "word/document.xml");
    ck_assert_int_eq(e->line, 12);
    vnplan_ctx_clear_error(ctx);
    ck_assert_int_eq(vnplan_ctx_error(ctx)->code, VNPLAN_OK);
    vnplan_ctx_free(ctx);
}
END_TEST

START_TEST(limits_are_named_and_settable) {
    vnplan_ctx *ctx = vnplan_ctx_new();
    long long def = vnplan_limit_default(VNPLAN_LIMIT_XML_DEPTH);
    ck_assert_int_eq(def, 256);
    ck_assert_int_eq(vnplan_limit(ctx, VNPLAN_LIMIT_XML_DEPTH, 10), def);
    ck_assert_int_eq(vn_limit(ctx, VNPLAN_LIMIT_XML_DEPTH), 10);
    ck_assert_int_eq(vnplan_limit(ctx, VNPLAN_LIMIT__COUNT, 1), -1);
    for (int i = 0; i < VNPLAN_LIMIT__COUNT; i++) {
        ck_assert_ptr_nonnull(strstr(vnplan_limit_name((vnplan_limit_id)i), "max-"));
        ck_assert_int_gt(vnplan_limit_default((vnplan_limit_id)i), 0);
    }
    ck_assert_str_eq(vnplan_version(), VNPLAN_VERSION_STRING);
    vnplan_ctx_free(ctx);
}
END_TEST

/* FIPS 180-4 test vectors and the million-'a' message, as lowercase hex. */
START_TEST(sha256_gives_the_fips_vectors) {
    static const char *const vectors[][2] = {
        {"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
        {"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
        {"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"}};
    char hex[65];
    for (size_t i = 0; i < sizeof vectors / sizeof vectors[0]; i++) {
        ck_assert(vn_sha256_hex(vectors[i][0], strlen(vectors[i][0]), hex));
        ck_assert_str_eq(hex, vectors[i][1]);
    }
    enum { N = 1000000 };
    unsigned char *m = malloc(N);
    ck_assert_ptr_nonnull(m);
    memset(m, 'a', N);
    ck_assert(vn_sha256_hex(m, N, hex));
    ck_assert_str_eq(hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    free(m);
}
END_TEST

int main(void) {
    Suite *s = suite_create("util");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, buf_appends_and_detaches);
    tcase_add_test(tc, buf_encodes_utf8);
    tcase_add_test(tc, buf_escapes_html);
    tcase_add_test(tc, arena_strings_survive_many_blocks);
    tcase_add_test(tc, ctx_records_one_line_errors);
    tcase_add_test(tc, limits_are_named_and_settable);
    tcase_add_test(tc, sha256_gives_the_fips_vectors);
    suite_add_tcase(s, tc);
    return vn_check_run(s);
}
