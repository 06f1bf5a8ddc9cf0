/** Staff actions that change no aggregate of their own (exports), recorded for identity's audit. */
package org.plaza.petitions.staff;
