/* The lexicons' detector's two loops over a text's tokens, in C (optional: see setup.py).
 *
 * split(lowered, table)      -> (parts, words): what sensitive._SPLIT.split(lowered) returns
 *                               (separators and tokens in turn), and the tokens folded with
 *                               str.translate(table) where they are not ASCII (a token that
 *                               folds to nothing kept as it is);
 * term_starts(trie, words, number) -> [i, ...]: the tokens where a term of the trie may start
 *                               (the look-ups sensitive.detect makes before walking a term).
 *
 * Both give exactly what their Python versions in sensitive.py give (tests/detectors/
 * test_tokens_kernel.py holds them equal); they only spare the interpreter's per-token work.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

/* The empty key of a trie node: what ends there. */
static PyObject *EMPTY;

/* A character of `[\w\u0300-\u036f]`: sre's \w on str patterns is Py_UNICODE_ISALNUM or "_". */
static inline int
token_char(Py_UCS4 ch)
{
    return Py_UNICODE_ISALNUM(ch) || ch == '_' || (ch >= 0x300 && ch <= 0x36f);
}

/* str.isdigit: non-empty and every character a digit. */
static int
all_digits(PyObject *word)
{
    Py_ssize_t n = PyUnicode_GET_LENGTH(word);
    if (n == 0)
        return 0;
    int kind = PyUnicode_KIND(word);
    const void *data = PyUnicode_DATA(word);
    for (Py_ssize_t i = 0; i < n; i++) {
        if (!Py_UNICODE_ISDIGIT(PyUnicode_READ(kind, data, i)))
            return 0;
    }
    return 1;
}

static int
append_new(PyObject *list, PyObject *item)
{
    if (item == NULL)
        return -1;
    int failed = PyList_Append(list, item);
    Py_DECREF(item);
    return failed;
}

static PyObject *
split(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 2 || !PyUnicode_Check(args[0])) {
        PyErr_SetString(PyExc_TypeError, "split(lowered: str, table: dict)");
        return NULL;
    }
    PyObject *text = args[0], *table = args[1];
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    int ascii = PyUnicode_IS_ASCII(text);
    PyObject *parts = PyList_New(0), *words = PyList_New(0);
    if (parts == NULL || words == NULL)
        goto fail;
    Py_ssize_t previous = 0, i = 0;
    while (i < n) {
        if (!token_char(PyUnicode_READ(kind, data, i))) {
            i++;
            continue;
        }
        Py_ssize_t start = i;
        while (i < n && token_char(PyUnicode_READ(kind, data, i)))
            i++;
        if (append_new(parts, PyUnicode_Substring(text, previous, start)) < 0)
            goto fail;
        PyObject *token = PyUnicode_Substring(text, start, i);
        if (token == NULL || PyList_Append(parts, token) < 0) {
            Py_XDECREF(token);
            goto fail;
        }
        PyObject *word = token;
        if (!ascii && !PyUnicode_IS_ASCII(token)) {
            word = PyUnicode_Translate(token, table, "ignore");
            if (word != NULL && PyUnicode_GET_LENGTH(word) == 0) {
                /* combining accents alone: kept, as an empty word is a trie's end key */
                Py_DECREF(word);
                word = token;
            }
            else {
                Py_DECREF(token);
            }
            if (word == NULL)
                goto fail;
        }
        if (append_new(words, word) < 0)
            goto fail;
        previous = i;
    }
    if (append_new(parts, PyUnicode_Substring(text, previous, n)) < 0)
        goto fail;
    return Py_BuildValue("(NN)", parts, words);
fail:
    Py_XDECREF(parts);
    Py_XDECREF(words);
    return NULL;
}

/* node.get(key) as a borrowed reference; NULL with no error when absent or empty (as the
 * Python `trie.get(word) or ...`, which treats an empty node as none). */
static PyObject *
child(PyObject *node, PyObject *key, int *error)
{
    PyObject *found = PyDict_GetItemWithError(node, key);
    if (found == NULL) {
        *error = PyErr_Occurred() != NULL;
        return NULL;
    }
    if (!PyDict_Check(found) || PyDict_GET_SIZE(found) == 0)
        return NULL;
    return found;
}

static PyObject *
term_starts(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 3 || !PyDict_Check(args[0]) || !PyList_Check(args[1]) ||
        !PyUnicode_Check(args[2])) {
        PyErr_SetString(PyExc_TypeError, "term_starts(trie: dict, words: list, number: str)");
        return NULL;
    }
    PyObject *trie = args[0], *words = args[1], *number = args[2];
    PyObject *starts = PyList_New(0);
    if (starts == NULL)
        return NULL;
    Py_ssize_t count = PyList_GET_SIZE(words);
    int error = 0;
    for (Py_ssize_t i = 0; i < count; i++) {
        PyObject *word = PyList_GET_ITEM(words, i);
        if (!PyUnicode_Check(word)) {
            PyErr_SetString(PyExc_TypeError, "words must be str");
            goto fail;
        }
        PyObject *node = child(trie, word, &error);
        if (node == NULL && !error && all_digits(word))
            node = child(trie, number, &error);
        if (error)
            goto fail;
        if (node == NULL)
            continue;
        int ends = PyDict_Contains(node, EMPTY);
        if (ends < 0)
            goto fail;
        if (!ends) { /* no one-token term: the next token must lead on */
            if (i == count - 1)
                continue;
            PyObject *after = PyList_GET_ITEM(words, i + 1);
            if (!PyUnicode_Check(after)) {
                PyErr_SetString(PyExc_TypeError, "words must be str");
                goto fail;
            }
            int leads = PyDict_Contains(node, after);
            if (leads < 0)
                goto fail;
            if (!leads) {
                leads = PyDict_Contains(node, number);
                if (leads < 0)
                    goto fail;
                leads = leads && all_digits(after);
            }
            if (!leads)
                continue;
        }
        if (append_new(starts, PyLong_FromSsize_t(i)) < 0)
            goto fail;
    }
    return starts;
fail:
    Py_DECREF(starts);
    return NULL;
}

static PyMethodDef methods[] = {
    {"split", (PyCFunction)(void (*)(void))split, METH_FASTCALL,
     "(parts, words): the lowered text split into separators and tokens, tokens folded."},
    {"term_starts", (PyCFunction)(void (*)(void))term_starts, METH_FASTCALL,
     "The indices of the tokens where a term of the trie may start."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_tokens", "The lexicons' detector's token loops in C.", -1, methods,
};

PyMODINIT_FUNC
PyInit__tokens(void)
{
    EMPTY = PyUnicode_New(0, 0);
    if (EMPTY == NULL)
        return NULL;
    return PyModule_Create(&module);
}
