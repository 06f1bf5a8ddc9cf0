/** What Plaza keeps about a resident, why, for how long and who sees it: the public privacy page. */
package org.plaza.supporters.privacy;
