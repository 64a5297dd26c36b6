/*
 * The baseline of README: Speed: how long libyaml alone needs to parse a folder of YAML files
 * on one core. Reads every *.yaml file in FOLDER (regular files, sorted by name), runs
 * libyaml's event parser over each (yaml_parser_parse until the end of the stream,
 * deleting every event, nothing else), and prints the counts.
 *
 *   cc -O2 -o yaml_loop bench/yaml_loop.c $(pkg-config --cflags --libs yaml-0.1)
 *   yaml_loop FOLDER
 *
 * Exit status: 0 when every file parsed, 1 when some did not (they are still counted
 * and named on stderr), 2 when the folder or a file could not be read.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <yaml.h>

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int has_yaml_suffix(const char *name)
{
    size_t n = strlen(name);
    return n > 5 && strcmp(name + n - 5, ".yaml") == 0;
}

/* Reads the whole file into *buffer (grown as needed); returns its length or -1. */
static long read_file(const char *path, unsigned char **buffer, size_t *capacity)
{
    FILE *file = fopen(path, "rb");
    if (!file) return -1;
    size_t length = 0;
    for (;;) {
        if (length == *capacity) {
            size_t grown = *capacity ? *capacity * 2 : 1 << 16;
            unsigned char *bigger = realloc(*buffer, grown);
            if (!bigger) { fclose(file); return -1; }
            *buffer = bigger;
            *capacity = grown;
        }
        size_t got = fread(*buffer + length, 1, *capacity - length, file);
        length += got;
        if (got == 0) break;
    }
    int failed = ferror(file);
    fclose(file);
    return failed ? -1 : (long)length;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: %s FOLDER\n", argv[0]);
        return 2;
    }
    const char *folder = argv[1];
    DIR *dir = opendir(folder);
    if (!dir) {
        fprintf(stderr, "%s: %s\n", folder, strerror(errno));
        return 2;
    }

    size_t count = 0, allocated = 1024;
    char **names = malloc(allocated * sizeof *names);
    struct dirent *entry;
    while (names && (entry = readdir(dir)) != NULL) {
        if (!has_yaml_suffix(entry->d_name)) continue;
        if (count == allocated) {
            allocated *= 2;
            char **bigger = realloc(names, allocated * sizeof *names);
            if (!bigger) { free(names); names = NULL; break; }
            names = bigger;
        }
        names[count++] = strdup(entry->d_name);
    }
    closedir(dir);
    if (!names) {
        fprintf(stderr, "out of memory\n");
        return 2;
    }
    qsort(names, count, sizeof *names, compare_names);

    unsigned char *buffer = NULL;
    size_t capacity = 0;
    size_t files = 0, bad = 0;
    unsigned long long events = 0;
    char path[4096];
    int status = 0;

    for (size_t i = 0; i < count; i++) {
        snprintf(path, sizeof path, "%s/%s", folder, names[i]);
        struct stat info;
        if (stat(path, &info) != 0 || !S_ISREG(info.st_mode)) continue;
        long length = read_file(path, &buffer, &capacity);
        if (length < 0) {
            fprintf(stderr, "%s: %s\n", path, strerror(errno));
            status = 2;
            continue;
        }
        files++;

        yaml_parser_t parser;
        yaml_event_t event;
        if (!yaml_parser_initialize(&parser)) {
            fprintf(stderr, "cannot initialise libyaml\n");
            return 2;
        }
        yaml_parser_set_input_string(&parser, buffer, (size_t)length);
        for (;;) {
            if (!yaml_parser_parse(&parser, &event)) {
                fprintf(stderr, "%s:%zu:%zu: %s\n", path, parser.problem_mark.line + 1,
                        parser.problem_mark.column + 1,
                        parser.problem ? parser.problem : "parse error");
                bad++;
                break;
            }
            events++;
            int done = event.type == YAML_STREAM_END_EVENT;
            yaml_event_delete(&event);
            if (done) break;
        }
        yaml_parser_delete(&parser);
    }

    printf("files: %zu events: %llu", files, events);
    if (bad) printf(" unparsable: %zu", bad);
    printf("\n");
    for (size_t i = 0; i < count; i++) free(names[i]);
    free(names);
    free(buffer);
    if (status == 0 && bad) status = 1;
    return status;
}
