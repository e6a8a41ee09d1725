/** JSON reading and writing shared by every file the workbench saves. */
package com.discountworkbench.json;
