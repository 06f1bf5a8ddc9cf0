/** MongoDB access patterns every service shares, written to stay cheap on every server Plaza runs on. */
package org.plaza.starter.mongo;
