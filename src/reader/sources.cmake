# Sources of the reader stage, relative to src/.
list(APPEND VNPLAN_SOURCES reader/document.c reader/format_sniff.c reader/zip_archive.c reader/zip_package.c
     reader/xml_sax.c reader/style_table.c reader/numbering_defs.c reader/symbol_font.c reader/wml_body.c reader/wml_frames.c reader/wml_paragraph.c reader/wml_table.c reader/wml_stories.c
     reader/table_chunks.c reader/docx_open.c reader/text_render.c reader/json_render.c)
