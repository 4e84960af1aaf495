/*
** pyexpat.c — the `pyexpat` module (xml.parsers.expat) over the system's
** libexpat, with CPython's names, handler arguments and error messages.
**
** An xmlparser owns one expat parser and a Python handler per event.  When
** a handler is set, the expat callback for its event is installed; the
** callback converts expat's UTF-8 strings to str, calls the handler, and on
** an exception stops expat, drops every handler (as CPython does, so the
** rest of the document raises nothing more) and leaves the exception for
** Parse() to raise.  Character data can be buffered (buffer_text) and is
** then delivered in one piece before the next event.
*/
#include <expat.h>
#include <limits.h>
#include <string.h>
#include "tally.h"
#include "args.h"
#include "buffer.h"
#include "objects/bytearray.h"
#include "modules/pyexpat.h"

/* The events, in CPython's order (ExternalEntityParserCreate copies the
** handlers in this order; dir() lists them sorted anyway).  X(name,
** attribute). */
#define TY_EXPAT_HANDLERS(X) \
    X(StartElement, "StartElementHandler") \
    X(EndElement, "EndElementHandler") \
    X(ProcessingInstruction, "ProcessingInstructionHandler") \
    X(CharacterData, "CharacterDataHandler") \
    X(UnparsedEntityDecl, "UnparsedEntityDeclHandler") \
    X(NotationDecl, "NotationDeclHandler") \
    X(StartNamespaceDecl, "StartNamespaceDeclHandler") \
    X(EndNamespaceDecl, "EndNamespaceDeclHandler") \
    X(Comment, "CommentHandler") \
    X(StartCdataSection, "StartCdataSectionHandler") \
    X(EndCdataSection, "EndCdataSectionHandler") \
    X(Default, "DefaultHandler") \
    X(DefaultExpand, "DefaultHandlerExpand") \
    X(NotStandalone, "NotStandaloneHandler") \
    X(ExternalEntityRef, "ExternalEntityRefHandler") \
    X(StartDoctypeDecl, "StartDoctypeDeclHandler") \
    X(EndDoctypeDecl, "EndDoctypeDeclHandler") \
    X(EntityDecl, "EntityDeclHandler") \
    X(XmlDecl, "XmlDeclHandler") \
    X(ElementDecl, "ElementDeclHandler") \
    X(AttlistDecl, "AttlistDeclHandler") \
    X(SkippedEntity, "SkippedEntityHandler")

enum {
#define X(name, attr) H_##name,
    TY_EXPAT_HANDLERS(X)
#undef X
    H_COUNT
};

#define CHARACTER_DATA_BUFFER_SIZE 8192
#define PARSE_CHUNK (1 << 20)
#define READ_SIZE 2048

typedef struct Parser {
    TyObject ob;
    XML_Parser xp;
    TyObject *handlers[H_COUNT];
    TyObject *intern;       /* dict names are interned through, or NULL */
    /* An external-entity parser keeps the parser it was made from alive:
    ** expat's child parser uses its parent's tables. */
    TyObject *parent;
    char *buffer;           /* buffered character data (buffer_text), or NULL */
    int buffer_size, buffer_used;
    bool ordered_attributes, specified_attributes, ns_prefixes;
    bool in_callback;
} Parser;

static TyType Parser_Type;

/* ---- strings ------------------------------------------------------------------------ */

/* expat's UTF-8 s[0..n) as a str, None for NULL: new reference. */
static TyObject *text_n(const XML_Char *s, ssize_t n)
{
    return s ? tyStr_decodeUtf8(s, n) : TY_NEWREF(TY_NONE);
}

static TyObject *text(const XML_Char *s)
{
    return text_n(s, s ? (ssize_t)strlen(s) : 0);
}

/* A name (element, attribute, entity...) as a str, the same object each
** time when the parser interns: new reference. */
static TyObject *name_text(Parser *p, const XML_Char *s)
{
    TyObject *r = text(s);
    if (!r || r == TY_NONE || !p->intern)
        return r;
    TyObject *known = tyDict_getItem(p->intern, r);
    if (known) {
        TY_DECREF(r);
        return TY_NEWREF(known);
    }
    if (tyErr_occurred() || tyDict_setItem(p->intern, r, r) < 0) {
        TY_DECREF(r);
        return NULL;
    }
    return r;
}

/* ---- installing expat callbacks ------------------------------------------------------ */

static void on_start_element(void *, const XML_Char *, const XML_Char **);
static void on_end_element(void *, const XML_Char *);
static void on_processing_instruction(void *, const XML_Char *, const XML_Char *);
static void on_character_data(void *, const XML_Char *, int);
static void on_unparsed_entity_decl(void *, const XML_Char *, const XML_Char *, const XML_Char *,
                                    const XML_Char *, const XML_Char *);
static void on_notation_decl(void *, const XML_Char *, const XML_Char *, const XML_Char *,
                             const XML_Char *);
static void on_start_namespace_decl(void *, const XML_Char *, const XML_Char *);
static void on_end_namespace_decl(void *, const XML_Char *);
static void on_comment(void *, const XML_Char *);
static void on_start_cdata_section(void *);
static void on_end_cdata_section(void *);
static void on_default(void *, const XML_Char *, int);
static void on_default_expand(void *, const XML_Char *, int);
static int on_not_standalone(void *);
static int on_external_entity_ref(XML_Parser, const XML_Char *, const XML_Char *, const XML_Char *,
                                  const XML_Char *);
static void on_start_doctype_decl(void *, const XML_Char *, const XML_Char *, const XML_Char *, int);
static void on_end_doctype_decl(void *);
static void on_entity_decl(void *, const XML_Char *, int, const XML_Char *, int, const XML_Char *,
                           const XML_Char *, const XML_Char *, const XML_Char *);
static void on_xml_decl(void *, const XML_Char *, const XML_Char *, int);
static void on_element_decl(void *, const XML_Char *, XML_Content *);
static void on_attlist_decl(void *, const XML_Char *, const XML_Char *, const XML_Char *,
                            const XML_Char *, int);
static void on_skipped_entity(void *, const XML_Char *, int);

/* The character data callback installed when the handler is removed from
** inside a callback: expat may still deliver the rest of the current run. */
static void ignore_character_data(void *ud, const XML_Char *s, int n)
{
    (void)ud, (void)s, (void)n;
}

/* After a handler failed: expat goes on to the end of the current buffer
** (XML_StopParser only takes effect there), so an external entity must
** fail rather than run a parser nobody handles. */
static int refuse_external_entity(XML_Parser xp, const XML_Char *c, const XML_Char *b,
                                  const XML_Char *s, const XML_Char *pub)
{
    (void)xp, (void)c, (void)b, (void)s, (void)pub;
    return XML_STATUS_ERROR;
}

/* Installs (on) or removes expat's callback for event h. */
static void install(XML_Parser xp, int h, bool on)
{
    switch (h) {
    case H_StartElement: XML_SetStartElementHandler(xp, on ? on_start_element : NULL); break;
    case H_EndElement: XML_SetEndElementHandler(xp, on ? on_end_element : NULL); break;
    case H_ProcessingInstruction:
        XML_SetProcessingInstructionHandler(xp, on ? on_processing_instruction : NULL);
        break;
    case H_CharacterData: XML_SetCharacterDataHandler(xp, on ? on_character_data : NULL); break;
    case H_UnparsedEntityDecl:
        XML_SetUnparsedEntityDeclHandler(xp, on ? on_unparsed_entity_decl : NULL);
        break;
    case H_NotationDecl: XML_SetNotationDeclHandler(xp, on ? on_notation_decl : NULL); break;
    case H_StartNamespaceDecl:
        XML_SetStartNamespaceDeclHandler(xp, on ? on_start_namespace_decl : NULL);
        break;
    case H_EndNamespaceDecl:
        XML_SetEndNamespaceDeclHandler(xp, on ? on_end_namespace_decl : NULL);
        break;
    case H_Comment: XML_SetCommentHandler(xp, on ? on_comment : NULL); break;
    case H_StartCdataSection:
        XML_SetStartCdataSectionHandler(xp, on ? on_start_cdata_section : NULL);
        break;
    case H_EndCdataSection: XML_SetEndCdataSectionHandler(xp, on ? on_end_cdata_section : NULL); break;
    case H_Default: XML_SetDefaultHandler(xp, on ? on_default : NULL); break;
    case H_DefaultExpand: XML_SetDefaultHandlerExpand(xp, on ? on_default_expand : NULL); break;
    case H_NotStandalone: XML_SetNotStandaloneHandler(xp, on ? on_not_standalone : NULL); break;
    case H_ExternalEntityRef:
        XML_SetExternalEntityRefHandler(xp, on ? on_external_entity_ref : NULL);
        break;
    case H_StartDoctypeDecl: XML_SetStartDoctypeDeclHandler(xp, on ? on_start_doctype_decl : NULL); break;
    case H_EndDoctypeDecl: XML_SetEndDoctypeDeclHandler(xp, on ? on_end_doctype_decl : NULL); break;
    case H_EntityDecl: XML_SetEntityDeclHandler(xp, on ? on_entity_decl : NULL); break;
    case H_XmlDecl: XML_SetXmlDeclHandler(xp, on ? on_xml_decl : NULL); break;
    case H_ElementDecl: XML_SetElementDeclHandler(xp, on ? on_element_decl : NULL); break;
    case H_AttlistDecl: XML_SetAttlistDeclHandler(xp, on ? on_attlist_decl : NULL); break;
    case H_SkippedEntity: XML_SetSkippedEntityHandler(xp, on ? on_skipped_entity : NULL); break;
    default: break;
    }
}

/* Drops every Python handler and removes expat's callbacks. */
static void clear_handlers(Parser *p)
{
    for (int h = 0; h < H_COUNT; h++) {
        TY_CLEAR(p->handlers[h]);
        if (p->xp)
            install(p->xp, h, false);
    }
}

/* A handler raised (or its arguments could not be made): stop calling
** Python for this document. */
static void flag_error(Parser *p)
{
    clear_handlers(p);
    XML_SetExternalEntityRefHandler(p->xp, refuse_external_entity);
}

/* ---- calling handlers ---------------------------------------------------------------- */

/*
** Calls handler h with argv[0..n) (new references, released here; a NULL
** among them means making it failed).  Returns the handler's result (new
** reference), or NULL with the exception set, expat stopped and every
** handler dropped.
*/
static TyObject *call_handler(Parser *p, int h, TyObject **argv, size_t n)
{
    TyObject *r = NULL;
    bool made = true;
    for (size_t i = 0; i < n; i++)
        made = made && argv[i];
    TyObject *fn = p->handlers[h];
    if (!fn) {
        /* The buffered text's handler removed this one. */
        for (size_t i = 0; i < n; i++)
            TY_XDECREF(argv[i]);
        return NULL;
    }
    if (made) {
        TY_INCREF(fn);
        p->in_callback = true;
        r = tyObj_call(fn, argv, n, NULL);
        p->in_callback = false;
        TY_DECREF(fn);
    }
    for (size_t i = 0; i < n; i++)
        TY_XDECREF(argv[i]);
    if (!r) {
        if (tyErr_occurred())
            XML_StopParser(p->xp, XML_FALSE);
        flag_error(p);
    }
    return r;
}

/* Calls handler h for its effect only. */
static void notify(Parser *p, int h, TyObject **argv, size_t n)
{
    TyObject *r = call_handler(p, h, argv, n);
    TY_XDECREF(r);
}

/* Delivers s[0..n) to the CharacterData handler: 0, or -1 when the
** handler raised. */
static int deliver_text(Parser *p, const XML_Char *s, int n)
{
    if (!p->handlers[H_CharacterData])
        return 0;
    TyObject *arg = text_n(s, n);
    TyObject *r = call_handler(p, H_CharacterData, &arg, 1);
    TY_XDECREF(r);
    return r ? 0 : -1;
}

/* Delivers the buffered character data, if any: 0, or -1 when the handler
** raised. */
static int flush_text(Parser *p)
{
    if (!p->buffer || p->buffer_used == 0)
        return 0;
    int n = p->buffer_used;
    p->buffer_used = 0;
    return deliver_text(p, p->buffer, n);
}

/* Whether event h is to be reported: a handler is set, no handler has
** raised, and the buffered text before it has been delivered. */
static bool wanted(Parser *p, int h)
{
    return p->handlers[h] && !tyErr_occurred() && flush_text(p) == 0;
}

/* An event without arguments. */
static void report_bare(Parser *p, int h)
{
    if (wanted(p, h))
        notify(p, h, NULL, 0);
}

/* An event whose argument is a run of text, s[0..n). */
static void report_text(Parser *p, int h, const XML_Char *s, int n)
{
    if (!wanted(p, h))
        return;
    TyObject *arg = text_n(s, n);
    notify(p, h, &arg, 1);
}

/* ---- the callbacks -------------------------------------------------------------------- */

static void on_start_element(void *ud, const XML_Char *name, const XML_Char **atts)
{
    Parser *p = ud;
    if (!wanted(p, H_StartElement))
        return;
    int count = 0;
    if (p->specified_attributes)
        count = XML_GetSpecifiedAttributeCount(p->xp);
    else
        while (atts[count])
            count += 2;
    TyObject *attrs = p->ordered_attributes ? tyList_new(count) : tyDict_new();
    for (int i = 0; attrs && i < count; i += 2) {
        TyObject *k = name_text(p, atts[i]);
        TyObject *v = k ? text(atts[i + 1]) : NULL;
        if (!v) {
            TY_XDECREF(k);
            if (p->ordered_attributes)
                for (int j = i; j < count; j++)
                    TY_LIST_SET(attrs, j, TY_NEWREF(TY_NONE));
            TY_CLEAR(attrs);
            break;
        }
        if (p->ordered_attributes) {
            TY_LIST_SET(attrs, i, k);
            TY_LIST_SET(attrs, i + 1, v);
            continue;
        }
        int r = tyDict_setItem(attrs, k, v);
        TY_DECREF(k);
        TY_DECREF(v);
        if (r < 0)
            TY_CLEAR(attrs);
    }
    TyObject *argv[2] = { attrs ? name_text(p, name) : NULL, attrs };
    notify(p, H_StartElement, argv, 2);
}

static void on_end_element(void *ud, const XML_Char *name)
{
    Parser *p = ud;
    if (!wanted(p, H_EndElement))
        return;
    TyObject *argv[1] = { name_text(p, name) };
    notify(p, H_EndElement, argv, 1);
}

static void on_processing_instruction(void *ud, const XML_Char *target, const XML_Char *data)
{
    Parser *p = ud;
    if (!wanted(p, H_ProcessingInstruction))
        return;
    TyObject *argv[2] = { name_text(p, target), text(data) };
    notify(p, H_ProcessingInstruction, argv, 2);
}

/* Character data goes to the handler at once, or into the buffer when
** buffer_text is on; a run longer than the buffer goes at once after what
** the buffer holds. */
static void on_character_data(void *ud, const XML_Char *s, int n)
{
    Parser *p = ud;
    if (tyErr_occurred())
        return;
    if (!p->buffer) {
        deliver_text(p, s, n);
        return;
    }
    if (p->buffer_used + n > p->buffer_size) {
        if (flush_text(p) < 0 || !p->handlers[H_CharacterData])
            return;
    }
    if (n > p->buffer_size) {
        deliver_text(p, s, n);
        p->buffer_used = 0;
    } else {
        memcpy(p->buffer + p->buffer_used, s, (size_t)n);
        p->buffer_used += n;
    }
}

static void on_unparsed_entity_decl(void *ud, const XML_Char *entity, const XML_Char *base,
                                    const XML_Char *system_id, const XML_Char *public_id,
                                    const XML_Char *notation)
{
    Parser *p = ud;
    if (!wanted(p, H_UnparsedEntityDecl))
        return;
    TyObject *argv[5] = { name_text(p, entity), name_text(p, base), name_text(p, system_id),
                          name_text(p, public_id), name_text(p, notation) };
    notify(p, H_UnparsedEntityDecl, argv, 5);
}

static void on_notation_decl(void *ud, const XML_Char *notation, const XML_Char *base,
                             const XML_Char *system_id, const XML_Char *public_id)
{
    Parser *p = ud;
    if (!wanted(p, H_NotationDecl))
        return;
    TyObject *argv[4] = { name_text(p, notation), name_text(p, base), name_text(p, system_id),
                          name_text(p, public_id) };
    notify(p, H_NotationDecl, argv, 4);
}

static void on_start_namespace_decl(void *ud, const XML_Char *prefix, const XML_Char *uri)
{
    Parser *p = ud;
    if (!wanted(p, H_StartNamespaceDecl))
        return;
    TyObject *argv[2] = { name_text(p, prefix), name_text(p, uri) };
    notify(p, H_StartNamespaceDecl, argv, 2);
}

static void on_end_namespace_decl(void *ud, const XML_Char *prefix)
{
    Parser *p = ud;
    if (!wanted(p, H_EndNamespaceDecl))
        return;
    TyObject *argv[1] = { name_text(p, prefix) };
    notify(p, H_EndNamespaceDecl, argv, 1);
}

static void on_comment(void *ud, const XML_Char *data)
{
    report_text(ud, H_Comment, data, (int)strlen(data));
}

static void on_start_cdata_section(void *ud)
{
    report_bare(ud, H_StartCdataSection);
}

static void on_end_cdata_section(void *ud)
{
    report_bare(ud, H_EndCdataSection);
}

static void on_default(void *ud, const XML_Char *s, int n)
{
    report_text(ud, H_Default, s, n);
}

static void on_default_expand(void *ud, const XML_Char *s, int n)
{
    report_text(ud, H_DefaultExpand, s, n);
}

/* The handler's result as expat's int status (an exception when it is not
** an int stays set, and Parse raises it). */
static int status_of(TyObject *r)
{
    if (!r)
        return 0;
    ssize_t v = tyNum_asSsize(r, NULL);
    TY_DECREF(r);
    return (int)v;
}

static int on_not_standalone(void *ud)
{
    Parser *p = ud;
    if (!wanted(p, H_NotStandalone))
        return 0;
    return status_of(call_handler(p, H_NotStandalone, NULL, 0));
}

static int on_external_entity_ref(XML_Parser xp, const XML_Char *context, const XML_Char *base,
                                  const XML_Char *system_id, const XML_Char *public_id)
{
    Parser *p = XML_GetUserData(xp);
    if (!wanted(p, H_ExternalEntityRef))
        return 0;
    TyObject *argv[4] = { text(context), name_text(p, base), name_text(p, system_id),
                          name_text(p, public_id) };
    return status_of(call_handler(p, H_ExternalEntityRef, argv, 4));
}

static void on_start_doctype_decl(void *ud, const XML_Char *name, const XML_Char *system_id,
                                  const XML_Char *public_id, int has_internal_subset)
{
    Parser *p = ud;
    if (!wanted(p, H_StartDoctypeDecl))
        return;
    TyObject *argv[4] = { name_text(p, name), name_text(p, system_id), name_text(p, public_id),
                          tyInt_fromI64(has_internal_subset) };
    notify(p, H_StartDoctypeDecl, argv, 4);
}

static void on_end_doctype_decl(void *ud)
{
    report_bare(ud, H_EndDoctypeDecl);
}

static void on_entity_decl(void *ud, const XML_Char *entity, int is_parameter_entity,
                           const XML_Char *value, int value_length, const XML_Char *base,
                           const XML_Char *system_id, const XML_Char *public_id,
                           const XML_Char *notation)
{
    Parser *p = ud;
    if (!wanted(p, H_EntityDecl))
        return;
    TyObject *argv[7] = { name_text(p, entity), tyInt_fromI64(is_parameter_entity),
                          text_n(value, value_length), name_text(p, base),
                          name_text(p, system_id), name_text(p, public_id),
                          name_text(p, notation) };
    notify(p, H_EntityDecl, argv, 7);
}

static void on_xml_decl(void *ud, const XML_Char *version, const XML_Char *encoding, int standalone)
{
    Parser *p = ud;
    if (!wanted(p, H_XmlDecl))
        return;
    TyObject *argv[3] = { text(version), text(encoding), tyInt_fromI64(standalone) };
    notify(p, H_XmlDecl, argv, 3);
}

/* A content model as nested tuples (type, quantifier, name, children):
** new reference, or NULL (RecursionError for a model nested deeper than
** the recursion limit or the C stack allows). */
static TyObject *content_model(const XML_Content *m)
{
    if (tyObj_enterRecursiveCall(" in conv_content_model") < 0)
        return NULL;
    TyObject *children = tyTuple_new(m->numchildren);
    for (unsigned i = 0; children && i < m->numchildren; i++) {
        TyObject *c = content_model(&m->children[i]);
        if (!c) {
            for (unsigned j = i; j < m->numchildren; j++)
                TY_TUPLE_SET(children, j, TY_NEWREF(TY_NONE));
            TY_CLEAR(children);
            break;
        }
        TY_TUPLE_SET(children, i, c);
    }
    tyObj_leaveRecursiveCall();
    if (!children)
        return NULL;
    TyObject *type = tyInt_fromI64(m->type), *quant = tyInt_fromI64(m->quant);
    TyObject *name = text(m->name);
    TyObject *r = type && quant && name ? tyTuple_pack(4, type, quant, name, children) : NULL;
    TY_XDECREF(type);
    TY_XDECREF(quant);
    TY_XDECREF(name);
    TY_DECREF(children);
    return r;
}

static void on_element_decl(void *ud, const XML_Char *name, XML_Content *model)
{
    Parser *p = ud;
    if (wanted(p, H_ElementDecl)) {
        TyObject *m = content_model(model);
        TyObject *argv[2] = { m ? name_text(p, name) : NULL, m };
        notify(p, H_ElementDecl, argv, 2);
    }
    XML_FreeContentModel(p->xp, model);
}

static void on_attlist_decl(void *ud, const XML_Char *element, const XML_Char *attribute,
                            const XML_Char *type, const XML_Char *dflt, int required)
{
    Parser *p = ud;
    if (!wanted(p, H_AttlistDecl))
        return;
    TyObject *argv[5] = { name_text(p, element), name_text(p, attribute), text(type), text(dflt),
                          tyInt_fromI64(required) };
    notify(p, H_AttlistDecl, argv, 5);
}

static void on_skipped_entity(void *ud, const XML_Char *entity, int is_parameter_entity)
{
    Parser *p = ud;
    if (!wanted(p, H_SkippedEntity))
        return;
    TyObject *argv[2] = { name_text(p, entity), tyInt_fromI64(is_parameter_entity) };
    notify(p, H_SkippedEntity, argv, 2);
}

/*
** expat meets an encoding it does not know: decode the 256 byte values with
** the codec of that name; a single-byte codec gives expat its map (bytes
** the codec cannot decode are invalid).  A codec lookup error stays set and
** Parse raises it.
*/
static int on_unknown_encoding(void *data, const XML_Char *name, XML_Encoding *info)
{
    (void)data;
    if (tyErr_occurred())
        return XML_STATUS_ERROR;
    char bytes[256];
    for (int i = 0; i < 256; i++)
        bytes[i] = (char)i;
    TyObject *u = tyStr_decode(bytes, 256, name, "replace");
    if (!u)
        return XML_STATUS_ERROR;
    if (TY_STR_LEN(u) != 256) {
        TY_DECREF(u);
        tyErr_setString(&TyExc_ValueError, "multi-byte encodings are not supported");
        return XML_STATUS_ERROR;
    }
    const char *s = TY_STR_UTF8(u);
    for (int i = 0; i < 256; i++) {
        uint32_t cp = ty_utf8Decode(&s);
        info->map[i] = cp == 0xFFFD ? -1 : (int)cp;
    }
    info->data = NULL;
    info->convert = NULL;
    info->release = NULL;
    TY_DECREF(u);
    return XML_STATUS_OK;
}

/* ---- the parser object ---------------------------------------------------------------- */

/* A parser over expat parser xp (owned from here; NULL: RuntimeError), with
** intern (borrowed, may be NULL) and parent's settings when parent is
** given: new reference, or NULL. */
static TyObject *parser_new(XML_Parser xp, TyObject *intern, Parser *parent)
{
    Parser *p = (Parser *)tyGC_alloc(&Parser_Type);
    if (!p) {
        if (xp)
            XML_ParserFree(xp);
        return NULL;
    }
    p->xp = xp;
    for (int h = 0; h < H_COUNT; h++)
        p->handlers[h] = NULL;
    p->intern = intern ? TY_NEWREF(intern) : NULL;
    p->parent = parent ? TY_NEWREF((TyObject *)parent) : NULL;
    p->buffer = NULL;
    p->buffer_size = parent ? parent->buffer_size : CHARACTER_DATA_BUFFER_SIZE;
    p->buffer_used = 0;
    p->ordered_attributes = parent && parent->ordered_attributes;
    p->specified_attributes = parent && parent->specified_attributes;
    p->ns_prefixes = parent && parent->ns_prefixes;
    p->in_callback = false;
    tyGC_track((TyObject *)p);
    if (!xp) {
        TY_DECREF(p);
        return parent ? tyErr_noMemory() : tyErr_setString(&TyExc_RuntimeError, "XML_ParserCreate failed");
    }
    XML_SetUserData(xp, p);
    XML_SetUnknownEncodingHandler(xp, on_unknown_encoding, NULL);
    if (parent && parent->buffer && !(p->buffer = tyMem_malloc((size_t)p->buffer_size))) {
        TY_DECREF(p);
        return tyErr_noMemory();
    }
    return (TyObject *)p;
}

/* The collector's clear: drops the handlers and the intern dict.  The
** parent stays until the expat parser that uses it is freed; the handlers
** are what can make a cycle. */
static int parser_clear(TyObject *o)
{
    Parser *p = (Parser *)o;
    clear_handlers(p);
    TY_CLEAR(p->intern);
    return 0;
}

/* Untracks, frees expat's parser (before the parent whose tables it
** uses), releases the rest, frees the object. */
static void parser_dealloc(TyObject *o)
{
    Parser *p = (Parser *)o;
    tyGC_untrack(o);
    if (p->xp)
        XML_ParserFree(p->xp);
    p->xp = NULL;
    parser_clear(o);
    TY_CLEAR(p->parent);
    tyMem_free(p->buffer);
    tyObj_free(o);
}

static int parser_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    Parser *p = (Parser *)o;
    for (int h = 0; h < H_COUNT; h++)
        if (p->handlers[h] && visit(p->handlers[h], arg))
            return 1;
    if (p->intern && visit(p->intern, arg))
        return 1;
    return p->parent && visit(p->parent, arg);
}

/* ExpatError for expat's error code: "msg: line L, column C" with code,
** lineno and offset attributes.  Returns NULL. */
static TyObject *set_error(Parser *p, enum XML_Error code)
{
    int line = (int)XML_GetErrorLineNumber(p->xp), column = (int)XML_GetErrorColumnNumber(p->xp);
    TyObject *msg = tyStr_fromFormat("%s: line %d, column %d", XML_ErrorString(code), line, column);
    TyObject *err = msg ? tyObj_callOneArg(ty_state.mod.pyexpat.error, msg) : NULL;
    TY_XDECREF(msg);
    if (!err)
        return NULL;
    const char *names[3] = { "code", "offset", "lineno" };
    int values[3] = { (int)code, column, line };
    for (int i = 0; i < 3; i++) {
        TyObject *v = tyInt_fromI64(values[i]);
        int r = v ? tyObj_setAttrStr(err, names[i], v) : -1;
        TY_XDECREF(v);
        if (r < 0) {
            TY_DECREF(err);
            return NULL;
        }
    }
    tyErr_setObject((TyType *)ty_state.mod.pyexpat.error, err);
    TY_DECREF(err);
    return NULL;
}

/* What Parse and ParseFile return after expat's status rv: a handler's
** exception, ExpatError, or rv as an int once buffered text is delivered. */
static TyObject *parse_result(Parser *p, int rv)
{
    if (tyErr_occurred())
        return NULL;
    if (rv == 0)
        return set_error(p, XML_GetErrorCode(p->xp));
    if (flush_text(p) < 0)
        return NULL;
    return tyInt_fromI64(rv);
}

/* The text a str gives expat: its UTF-8 bytes, refused when it holds
** surrogates.  *keep receives what must stay alive while they are used
** (new reference). */
static const char *str_bytes(TyObject *s, ssize_t *n, TyObject **keep)
{
    *keep = tyStr_encode(s, "utf-8", "strict");
    if (!*keep)
        return NULL;
    *n = TY_BYTES_LEN(*keep);
    return TY_BYTES_DATA(*keep);
}

/* Parse(data, isfinal=False, /). */
static TyObject *parser_parse(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    Parser *p = (Parser *)self;
    if (tyArg_noKeywords("Parse", kwnames) < 0 || tyArg_checkCount("Parse", nargs, 1, 2) < 0)
        return NULL;
    int final = 0;
    if (nargs == 2 && tyArg_int(args[1], &final) < 0)
        return NULL;
    TyObject *keep = NULL;
    TyBuffer view;
    const char *s;
    ssize_t n;
    if (TY_STR_CHECK(args[0])) {
        if (!(s = str_bytes(args[0], &n, &keep)))
            return NULL;
        XML_SetEncoding(p->xp, "utf-8");
    } else {
        if (tyBuffer_get(args[0], &view) < 0)
            return NULL;
        keep = TY_NEWREF(args[0]);
        s = view.data;
        n = view.len;
    }
    int rc = 1;
    while (rc && n > PARSE_CHUNK) {
        rc = XML_Parse(p->xp, s, PARSE_CHUNK, 0);
        s += PARSE_CHUNK;
        n -= PARSE_CHUNK;
    }
    if (rc)
        rc = XML_Parse(p->xp, s, (int)n, final);
    TY_DECREF(keep);
    return parse_result(p, rc);
}

/* Reads at most size bytes from read() into buf: the count, or -1 with the
** exception. */
static int read_into(TyObject *read, char *buf, int size)
{
    TyObject *n = tyInt_fromI64(size);
    TyObject *data = n ? tyObj_callOneArg(read, n) : NULL;
    TY_XDECREF(n);
    if (!data)
        return -1;
    TyBuffer view;
    if (!(TY_BYTES_CHECK(data) || TY_BYTEARRAY_CHECK(data)) || tyBuffer_get(data, &view) < 0) {
        tyErr_clear();
        tyErr_format(&TyExc_TypeError, "read() did not return a bytes object (type=%.400s)",
                     tyType_name(TY_TYPE(data)));
        TY_DECREF(data);
        return -1;
    }
    if (view.len > size) {
        tyErr_format(&TyExc_ValueError, "read() returned too much data: %d bytes requested, %zd returned",
                     size, view.len);
        TY_DECREF(data);
        return -1;
    }
    memcpy(buf, view.data, (size_t)view.len);
    TY_DECREF(data);
    return (int)view.len;
}

/* ParseFile(file, /): parse what file.read(2048) returns, to its end. */
static TyObject *parser_parse_file(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    Parser *p = (Parser *)self;
    if (tyArg_noKeywords("ParseFile", kwnames) < 0 || tyArg_checkCount("ParseFile", nargs, 1, 1) < 0)
        return NULL;
    TyObject *read = NULL;
    TyObject *name = tyStr_internC("read");
    int found = name ? tyObj_lookupAttr(args[0], name, &read) : -1;
    TY_XDECREF(name);
    if (found < 0)
        return NULL;
    if (!read)
        return tyErr_setString(&TyExc_TypeError, "argument must have 'read' attribute");
    int rv = 1;
    for (;;) {
        char *buf = XML_GetBuffer(p->xp, READ_SIZE);
        if (!buf) {
            rv = 0;
            break;
        }
        int n = read_into(read, buf, READ_SIZE);
        if (n < 0) {
            TY_DECREF(read);
            return NULL;
        }
        rv = XML_ParseBuffer(p->xp, n, n == 0);
        if (tyErr_occurred() || !rv || n == 0)
            break;
    }
    TY_DECREF(read);
    return parse_result(p, rv);
}

/* A str argument as UTF-8, NULL for None when none_ok; otherwise NULL
** with argument clinic's TypeError ("f() argument 'x' must be str, not
** int"; `what` is "argument 'x'", "argument 1" or "argument"). */
static const char *str_arg(const char *fname, const char *what, TyObject *o, bool none_ok)
{
    if (none_ok && o == TY_NONE)
        return NULL;
    if (!TY_STR_CHECK(o)) {
        tyErr_format(&TyExc_TypeError, "%s() %s must be str%s, not %s", fname, what,
                     none_ok ? " or None" : "", tyType_name(TY_TYPE(o)));
        return NULL;
    }
    if (strlen(TY_STR_UTF8(o)) != (size_t)TY_STR_NBYTES(o)) {
        tyErr_setString(&TyExc_ValueError, "embedded null character");
        return NULL;
    }
    return TY_STR_UTF8(o);
}

/* SetBase(base, /). */
static TyObject *parser_set_base(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    Parser *p = (Parser *)self;
    if (tyArg_noKeywords("SetBase", kwnames) < 0 || tyArg_checkCount("SetBase", nargs, 1, 1) < 0)
        return NULL;
    const char *base = str_arg("SetBase", "argument", args[0], false);
    if (!base)
        return NULL;
    if (!XML_SetBase(p->xp, base))
        return tyErr_noMemory();
    return TY_NEWREF(TY_NONE);
}

/* GetBase(). */
static TyObject *parser_get_base(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    (void)args;
    if (tyArg_noKeywords("GetBase", kwnames) < 0 || tyArg_checkPositional("GetBase", nargs, 0, 0) < 0)
        return NULL;
    return text(XML_GetBase(((Parser *)self)->xp));
}

/* GetInputContext(): the input around the current event, inside a
** handler; None elsewhere. */
static TyObject *parser_get_input_context(TyObject *self, TyObject *const *args, size_t nargs,
                                          TyObject *kwnames)
{
    Parser *p = (Parser *)self;
    (void)args;
    if (tyArg_noKeywords("GetInputContext", kwnames) < 0 ||
        tyArg_checkPositional("GetInputContext", nargs, 0, 0) < 0)
        return NULL;
    int offset = 0, size = 0;
    const char *buf = p->in_callback ? XML_GetInputContext(p->xp, &offset, &size) : NULL;
    if (!buf)
        return TY_NEWREF(TY_NONE);
    return tyBytes_fromData(buf + offset, size - offset);
}

/* ExternalEntityParserCreate(context, encoding=<none>, /): a parser for
** an external entity, with this parser's handlers and settings. */
static TyObject *parser_external_entity_parser_create(TyObject *self, TyObject *const *args,
                                                      size_t nargs, TyObject *kwnames)
{
    static const char fname[] = "ExternalEntityParserCreate";
    Parser *p = (Parser *)self;
    if (tyArg_noKeywords(fname, kwnames) < 0 || tyArg_checkCount(fname, nargs, 1, 2) < 0)
        return NULL;
    const char *context = str_arg(fname, "argument 1", args[0], true);
    if (!context && tyErr_occurred())
        return NULL;
    const char *encoding = NULL;
    if (nargs == 2 && !(encoding = str_arg(fname, "argument 2", args[1], false)))
        return NULL;
    Parser *child = (Parser *)parser_new(XML_ExternalEntityParserCreate(p->xp, context, encoding),
                                         p->intern, p);
    if (!child)
        return NULL;
    for (int h = 0; h < H_COUNT; h++) {
        if (p->handlers[h]) {
            child->handlers[h] = TY_NEWREF(p->handlers[h]);
            install(child->xp, h, true);
        }
    }
    return (TyObject *)child;
}

/* SetParamEntityParsing(flag, /): whether expat accepted the setting. */
static TyObject *parser_set_param_entity_parsing(TyObject *self, TyObject *const *args, size_t nargs,
                                                 TyObject *kwnames)
{
    static const char fname[] = "SetParamEntityParsing";
    int flag;
    if (tyArg_noKeywords(fname, kwnames) < 0 || tyArg_checkCount(fname, nargs, 1, 1) < 0 ||
        tyArg_int(args[0], &flag) < 0)
        return NULL;
    return tyInt_fromI64(XML_SetParamEntityParsing(((Parser *)self)->xp, (enum XML_ParamEntityParsing)flag));
}

/* UseForeignDTD(flag=True, /). */
static TyObject *parser_use_foreign_dtd(TyObject *self, TyObject *const *args, size_t nargs,
                                        TyObject *kwnames)
{
    Parser *p = (Parser *)self;
    if (tyArg_noKeywords("UseForeignDTD", kwnames) < 0 ||
        tyArg_checkCount("UseForeignDTD", nargs, 0, 1) < 0)
        return NULL;
    int flag = 1;
    if (nargs == 1 && (flag = tyObj_isTrue(args[0])) < 0)
        return NULL;
    enum XML_Error rc = XML_UseForeignDTD(p->xp, flag ? XML_TRUE : XML_FALSE);
    if (rc != XML_ERROR_NONE)
        return set_error(p, rc);
    return TY_NEWREF(TY_NONE);
}

static TyMethodDef parser_methods[] = {
    { "Parse", parser_parse, TY_METH_DEFAULT,
      "Parse XML data.\n\n`isfinal' should be true at end of input." },
    { "ParseFile", parser_parse_file, TY_METH_DEFAULT, "Parse XML data from file-like object." },
    { "SetBase", parser_set_base, TY_METH_DEFAULT, "Set the base URL for the parser." },
    { "GetBase", parser_get_base, TY_METH_DEFAULT, "Return base URL string for the parser." },
    { "GetInputContext", parser_get_input_context, TY_METH_DEFAULT,
      "Return the untranslated text of the input that caused the current event." },
    { "ExternalEntityParserCreate", parser_external_entity_parser_create, TY_METH_DEFAULT,
      "Create a parser for parsing an external entity based on the information passed to the "
      "ExternalEntityRefHandler." },
    { "SetParamEntityParsing", parser_set_param_entity_parsing, TY_METH_DEFAULT,
      "Controls parsing of parameter entities (including the external DTD subset)." },
    { "UseForeignDTD", parser_use_foreign_dtd, TY_METH_DEFAULT,
      "Allows the application to provide an artificial external subset if one is not specified "
      "as part of the document instance." },
    { NULL, NULL, 0, NULL },
};

/* ---- attributes ------------------------------------------------------------------------ */

static int cannot_delete(void)
{
    tyErr_setString(&TyExc_RuntimeError, "Cannot delete attribute");
    return -1;
}

static TyObject *handler_get(TyObject *self, int h)
{
    TyObject *fn = ((Parser *)self)->handlers[h];
    return TY_NEWREF(fn ? fn : TY_NONE);
}

/* Sets handler h (None removes it).  Buffered text goes to the old
** CharacterData handler first. */
static int handler_set(TyObject *self, int h, TyObject *v)
{
    Parser *p = (Parser *)self;
    if (!v)
        return cannot_delete();
    if (h == H_CharacterData && flush_text(p) < 0)
        return -1;
    TyObject *old = p->handlers[h];
    if (v == TY_NONE) {
        p->handlers[h] = NULL;
        if (h == H_CharacterData && p->in_callback)
            XML_SetCharacterDataHandler(p->xp, ignore_character_data);
        else
            install(p->xp, h, false);
    } else {
        p->handlers[h] = TY_NEWREF(v);
        install(p->xp, h, true);
    }
    TY_XDECREF(old);
    return 0;
}

#define X(name, attr) \
    static TyObject *get_##name(TyObject *self) { return handler_get(self, H_##name); } \
    static int set_##name(TyObject *self, TyObject *v) { return handler_set(self, H_##name, v); }
TY_EXPAT_HANDLERS(X)
#undef X

#define POSITION_GETTER(name, expr) \
    static TyObject *get_##name(TyObject *self) { return tyInt_fromI64((int64_t)expr(((Parser *)self)->xp)); }
POSITION_GETTER(ErrorCode, XML_GetErrorCode)
POSITION_GETTER(ErrorLineNumber, XML_GetErrorLineNumber)
POSITION_GETTER(ErrorColumnNumber, XML_GetErrorColumnNumber)
POSITION_GETTER(ErrorByteIndex, XML_GetErrorByteIndex)
POSITION_GETTER(CurrentLineNumber, XML_GetCurrentLineNumber)
POSITION_GETTER(CurrentColumnNumber, XML_GetCurrentColumnNumber)
POSITION_GETTER(CurrentByteIndex, XML_GetCurrentByteIndex)
#undef POSITION_GETTER

static TyObject *get_buffer_text(TyObject *self)
{
    return tyBool_from(((Parser *)self)->buffer != NULL);
}

/* Turning buffering off delivers what the buffer holds. */
static int set_buffer_text(TyObject *self, TyObject *v)
{
    Parser *p = (Parser *)self;
    if (!v)
        return cannot_delete();
    int on = tyObj_isTrue(v);
    if (on < 0)
        return -1;
    if (on && !p->buffer) {
        if (!(p->buffer = tyMem_malloc((size_t)p->buffer_size))) {
            tyErr_noMemory();
            return -1;
        }
        p->buffer_used = 0;
    } else if (!on && p->buffer) {
        if (flush_text(p) < 0)
            return -1;
        tyMem_free(p->buffer);
        p->buffer = NULL;
    }
    return 0;
}

static TyObject *get_buffer_size(TyObject *self)
{
    return tyInt_fromI64(((Parser *)self)->buffer_size);
}

/* A new size delivers what the buffer holds and turns buffering on, as
** CPython's does. */
static int set_buffer_size(TyObject *self, TyObject *v)
{
    Parser *p = (Parser *)self;
    if (!v)
        return cannot_delete();
    if (!TY_INT_CHECK(v)) {
        tyErr_setString(&TyExc_TypeError, "buffer_size must be an integer");
        return -1;
    }
    int64_t size;
    if (tyInt_asI64(v, &size) < 0)
        return -1;
    if (size <= 0) {
        tyErr_setString(&TyExc_ValueError, "buffer_size must be greater than zero");
        return -1;
    }
    if (size == p->buffer_size)
        return 0;
    if (size > INT_MAX) {
        tyErr_format(&TyExc_ValueError, "buffer_size must not be greater than %d", INT_MAX);
        return -1;
    }
    if (p->buffer && flush_text(p) < 0)
        return -1;
    char *buf = tyMem_malloc((size_t)size);
    if (!buf) {
        tyErr_noMemory();
        return -1;
    }
    tyMem_free(p->buffer);
    p->buffer = buf;
    p->buffer_size = (int)size;
    return 0;
}

static TyObject *get_buffer_used(TyObject *self)
{
    return tyInt_fromI64(((Parser *)self)->buffer_used);
}

/* A bool attribute's setter: *field = truth of v. */
static int set_flag(TyObject *v, bool *field)
{
    if (!v)
        return cannot_delete();
    int b = tyObj_isTrue(v);
    if (b < 0)
        return -1;
    *field = b;
    return 0;
}

static TyObject *get_namespace_prefixes(TyObject *self)
{
    return tyBool_from(((Parser *)self)->ns_prefixes);
}

static int set_namespace_prefixes(TyObject *self, TyObject *v)
{
    Parser *p = (Parser *)self;
    if (set_flag(v, &p->ns_prefixes) < 0)
        return -1;
    XML_SetReturnNSTriplet(p->xp, p->ns_prefixes);
    return 0;
}

static TyObject *get_ordered_attributes(TyObject *self)
{
    return tyBool_from(((Parser *)self)->ordered_attributes);
}

static int set_ordered_attributes(TyObject *self, TyObject *v)
{
    return set_flag(v, &((Parser *)self)->ordered_attributes);
}

static TyObject *get_specified_attributes(TyObject *self)
{
    return tyBool_from(((Parser *)self)->specified_attributes);
}

static int set_specified_attributes(TyObject *self, TyObject *v)
{
    return set_flag(v, &((Parser *)self)->specified_attributes);
}

static TyObject *get_intern(TyObject *self)
{
    TyObject *d = ((Parser *)self)->intern;
    return TY_NEWREF(d ? d : TY_NONE);
}

static TyGetSetDef parser_getset[] = {
#define X(name, attr) { attr, get_##name, set_##name, NULL, false },
    TY_EXPAT_HANDLERS(X)
#undef X
    { "ErrorCode", get_ErrorCode, NULL, NULL, false },
    { "ErrorLineNumber", get_ErrorLineNumber, NULL, NULL, false },
    { "ErrorColumnNumber", get_ErrorColumnNumber, NULL, NULL, false },
    { "ErrorByteIndex", get_ErrorByteIndex, NULL, NULL, false },
    { "CurrentLineNumber", get_CurrentLineNumber, NULL, NULL, false },
    { "CurrentColumnNumber", get_CurrentColumnNumber, NULL, NULL, false },
    { "CurrentByteIndex", get_CurrentByteIndex, NULL, NULL, false },
    { "buffer_size", get_buffer_size, set_buffer_size, NULL, false },
    { "buffer_text", get_buffer_text, set_buffer_text, NULL, false },
    { "buffer_used", get_buffer_used, NULL, NULL, false },
    { "namespace_prefixes", get_namespace_prefixes, set_namespace_prefixes, NULL, false },
    { "ordered_attributes", get_ordered_attributes, set_ordered_attributes, NULL, false },
    { "specified_attributes", get_specified_attributes, set_specified_attributes, NULL, false },
    { "intern", get_intern, NULL, NULL, true },
    { NULL, NULL, NULL, NULL, false },
};

static TyType Parser_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "pyexpat.xmlparser",
    .doc = "XML parser",
    .basicsize = sizeof(Parser),
    .flags = TY_TPFLAG_GC | TY_TPFLAG_IMMUTABLETYPE,
    .dealloc = parser_dealloc,
    .traverse = parser_traverse,
    .clear = parser_clear,
    .methods = parser_methods,
    .getset = parser_getset,
};

/* ---- module functions ------------------------------------------------------------------ */

/* ParserCreate(encoding=None, namespace_separator=None, intern=<new dict>). */
static TyObject *expat_parser_create(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "encoding", "namespace_separator", "intern", NULL };
    TyObject *a[3];
    (void)m;
    if (tyArg_unpack("ParserCreate", args, nargs, kwnames, names, 0, 3, a) < 0)
        return NULL;
    const char *what[2] = { "argument 'encoding'", "argument 'namespace_separator'" };
    const char *values[2] = { NULL, NULL };
    for (int i = 0; i < 2; i++)
        if (a[i] && !(values[i] = str_arg("ParserCreate", what[i], a[i], true)) && tyErr_occurred())
            return NULL;
    const char *encoding = values[0], *separator = values[1];
    if (separator && strlen(separator) > 1)
        return tyErr_setString(&TyExc_ValueError,
                               "namespace_separator must be at most one character, omitted, or None");
    TyObject *intern = a[2];
    bool own = false;
    if (intern == TY_NONE) {
        intern = NULL;
    } else if (!intern) {
        if (!(intern = tyDict_new()))
            return NULL;
        own = true;
    } else if (!TY_DICT_CHECK(intern)) {
        return tyErr_setString(&TyExc_TypeError, "intern must be a dictionary");
    }
    XML_Parser xp = separator ? XML_ParserCreateNS(encoding, separator[0]) : XML_ParserCreate(encoding);
    TyObject *p = parser_new(xp, intern, NULL);
    if (own)
        TY_DECREF(intern);
    return p;
}

/* ErrorString(code, /): expat's message for an error code, or None. */
static TyObject *expat_error_string(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    (void)m;
    if (tyArg_noKeywords("ErrorString", kwnames) < 0 || tyArg_checkCount("ErrorString", nargs, 1, 1) < 0)
        return NULL;
    TyObject *n = tyNum_index(args[0]);
    if (!n)
        return NULL;
    int64_t code;
    int r = tyInt_asI64(n, &code);
    TY_DECREF(n);
    if (r < 0)
        return NULL;
    return text(XML_ErrorString((enum XML_Error)(int)code));
}

static TyMethodDef expat_functions[] = {
    { "ParserCreate", expat_parser_create, TY_METH_DEFAULT, "Return a new XML parser object." },
    { "ErrorString", expat_error_string, TY_METH_DEFAULT, "Returns string error for given number." },
    { NULL, NULL, 0, NULL },
};

/* ---- the module ------------------------------------------------------------------------ */

/* Adds a submodule `pyexpat.NAME` to m and to sys.modules: borrowed
** reference (m holds it), or NULL. */
static TyObject *add_submodule(TyObject *m, const char *name, const char *doc)
{
    char full[32];
    snprintf(full, sizeof full, "pyexpat.%s", name);
    TyObject *sub = tyModule_new(full, NULL);
    TyObject *d = sub ? tyStr_fromCStr(doc) : NULL;
    int r = d ? tyModule_addObject(sub, "__doc__", d) : -1;
    TY_XDECREF(d);
    TyObject *key = r == 0 ? tyStr_fromCStr(full) : NULL;
    r = key ? tyDict_setItem(ty_state.modules, key, sub) : -1;
    TY_XDECREF(key);
    if (r == 0)
        r = tyModule_addObject(m, name, sub);
    TY_XDECREF(sub);
    return r == 0 ? sub : NULL;
}

/* pyexpat.errors: XML_ERROR_* names for expat's messages, and the codes
** and messages dicts between them. */
static int add_errors(TyObject *m)
{
    static const char *const error_names[] = {
        "NO_MEMORY", "SYNTAX", "NO_ELEMENTS", "INVALID_TOKEN", "UNCLOSED_TOKEN", "PARTIAL_CHAR",
        "TAG_MISMATCH", "DUPLICATE_ATTRIBUTE", "JUNK_AFTER_DOC_ELEMENT", "PARAM_ENTITY_REF",
        "UNDEFINED_ENTITY", "RECURSIVE_ENTITY_REF", "ASYNC_ENTITY", "BAD_CHAR_REF",
        "BINARY_ENTITY_REF", "ATTRIBUTE_EXTERNAL_ENTITY_REF", "MISPLACED_XML_PI", "UNKNOWN_ENCODING",
        "INCORRECT_ENCODING", "UNCLOSED_CDATA_SECTION", "EXTERNAL_ENTITY_HANDLING", "NOT_STANDALONE",
        "UNEXPECTED_STATE", "ENTITY_DECLARED_IN_PE", "FEATURE_REQUIRES_XML_DTD",
        "CANT_CHANGE_FEATURE_ONCE_PARSING", "UNBOUND_PREFIX", "UNDECLARING_PREFIX", "INCOMPLETE_PE",
        "XML_DECL", "TEXT_DECL", "PUBLICID", "SUSPENDED", "NOT_SUSPENDED", "ABORTED", "FINISHED",
        "SUSPEND_PE", "RESERVED_PREFIX_XML", "RESERVED_PREFIX_XMLNS", "RESERVED_NAMESPACE_URI",
        "INVALID_ARGUMENT", "NO_BUFFER", "AMPLIFICATION_LIMIT_BREACH",
    };
    TyObject *errors = add_submodule(m, "errors", "Constants used to describe error conditions.");
    if (!errors)
        return -1;
    TyObject *codes = tyDict_new(), *messages = tyDict_new();
    int r = codes && messages ? 0 : -1;
    for (size_t i = 0; r == 0 && i < TY_ARRAY_LEN(error_names); i++) {
        char attr[64];
        snprintf(attr, sizeof attr, "XML_ERROR_%s", error_names[i]);
        TyObject *msg = tyStr_fromCStr(XML_ErrorString((enum XML_Error)(i + 1)));
        TyObject *code = tyInt_fromI64((int64_t)i + 1);
        r = msg && code && tyModule_addObject(errors, attr, msg) == 0 &&
                    tyDict_setItem(codes, msg, code) == 0 && tyDict_setItem(messages, code, msg) == 0
                ? 0 : -1;
        TY_XDECREF(msg);
        TY_XDECREF(code);
    }
    if (r == 0)
        r = tyModule_addObject(errors, "codes", codes);
    if (r == 0)
        r = tyModule_addObject(errors, "messages", messages);
    TY_XDECREF(codes);
    TY_XDECREF(messages);
    return r;
}

static int add_model(TyObject *m)
{
    static const struct { const char *name; int value; } model_constants[] = {
        { "XML_CTYPE_EMPTY", XML_CTYPE_EMPTY }, { "XML_CTYPE_ANY", XML_CTYPE_ANY },
        { "XML_CTYPE_MIXED", XML_CTYPE_MIXED }, { "XML_CTYPE_NAME", XML_CTYPE_NAME },
        { "XML_CTYPE_CHOICE", XML_CTYPE_CHOICE }, { "XML_CTYPE_SEQ", XML_CTYPE_SEQ },
        { "XML_CQUANT_NONE", XML_CQUANT_NONE }, { "XML_CQUANT_OPT", XML_CQUANT_OPT },
        { "XML_CQUANT_REP", XML_CQUANT_REP }, { "XML_CQUANT_PLUS", XML_CQUANT_PLUS },
    };
    TyObject *model = add_submodule(m, "model", "Constants used to interpret content model information.");
    if (!model)
        return -1;
    for (size_t i = 0; i < TY_ARRAY_LEN(model_constants); i++)
        if (tyModule_addInt(model, model_constants[i].name, model_constants[i].value) < 0)
            return -1;
    return 0;
}

/* features: expat's compile-time features as (name, value) pairs. */
static int add_features(TyObject *m)
{
    TyObject *list = tyList_new(0);
    if (!list)
        return -1;
    int r = 0;
    for (const XML_Feature *f = XML_GetFeatureList(); r == 0 && f->feature != XML_FEATURE_END; f++) {
        TyObject *name = tyStr_fromCStr(f->name), *value = tyInt_fromI64(f->value);
        TyObject *pair = name && value ? tyTuple_pack(2, name, value) : NULL;
        r = pair ? tyList_append(list, pair) : -1;
        TY_XDECREF(name);
        TY_XDECREF(value);
        TY_XDECREF(pair);
    }
    if (r == 0)
        r = tyModule_addObject(m, "features", list);
    TY_DECREF(list);
    return r;
}

TyObject *tyExpat_create(void)
{
    if (tyType_ready(&Parser_Type) < 0)
        return NULL;
    if (!ty_state.mod.pyexpat.error &&
        !(ty_state.mod.pyexpat.error = tyExc_newClass("xml.parsers.expat", "ExpatError", &TyExc_Exception)))
        return NULL;
    TyObject *m = tyModule_new("pyexpat", expat_functions);
    if (!m)
        return NULL;
    XML_Expat_Version v = XML_ExpatVersionInfo();
    TyObject *version = tyStr_fromCStr(XML_ExpatVersion());
    TyObject *info = tyTuple_new(3);
    TyObject *encoding = tyStr_fromCStr("UTF-8");
    TyObject *doc = tyStr_fromCStr("Python wrapper for Expat parser.");
    int r = version && info && encoding && doc ? 0 : -1;
    if (info) {
        int parts[3] = { v.major, v.minor, v.micro };
        for (int i = 0; i < 3; i++) {
            TyObject *n = tyInt_fromI64(parts[i]);
            TY_TUPLE_SET(info, i, n ? n : TY_NEWREF(TY_NONE));
            r = n ? r : -1;
        }
    }
    struct { const char *name; TyObject *value; } attrs[] = {
        { "__doc__", doc }, { "error", ty_state.mod.pyexpat.error },
        { "ExpatError", ty_state.mod.pyexpat.error }, { "XMLParserType", (TyObject *)&Parser_Type },
        { "EXPAT_VERSION", version }, { "version_info", info }, { "native_encoding", encoding },
    };
    for (size_t i = 0; r == 0 && i < TY_ARRAY_LEN(attrs); i++)
        r = tyModule_addObject(m, attrs[i].name, attrs[i].value);
    TY_XDECREF(version);
    TY_XDECREF(info);
    TY_XDECREF(encoding);
    TY_XDECREF(doc);
    static const struct { const char *name; int value; } constants[] = {
        { "XML_PARAM_ENTITY_PARSING_NEVER", XML_PARAM_ENTITY_PARSING_NEVER },
        { "XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE", XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE },
        { "XML_PARAM_ENTITY_PARSING_ALWAYS", XML_PARAM_ENTITY_PARSING_ALWAYS },
    };
    for (size_t i = 0; r == 0 && i < TY_ARRAY_LEN(constants); i++)
        r = tyModule_addInt(m, constants[i].name, constants[i].value);
    if (r < 0 || add_errors(m) < 0 || add_model(m) < 0 || add_features(m) < 0) {
        TY_DECREF(m);
        return NULL;
    }
    return m;
}

void tyExpat_fini(void)
{
    TY_CLEAR(ty_state.mod.pyexpat.error);
    tyType_finiStatic(&Parser_Type);
}
