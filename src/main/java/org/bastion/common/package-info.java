/**
 * Shared kernel: small value types, paging, the command-line runner, web error handling and
 * Excel helpers that every module uses. Open: every module may use any of it.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.bastion.common;
