#ifndef DXAUDIT_CYAML_SHIM_H
#define DXAUDIT_CYAML_SHIM_H
#include <yaml.h>
#endif
