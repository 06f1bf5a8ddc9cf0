package org.plaza.petitions.moderation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Why a signer's comment is hidden: the one input of the staff API's and the staff page's "hide", so both refuse a
 * missing or overlong reason with the same message.
 */
public record HideReason(@NotBlank @Size(max = 500) String reason) {
}
