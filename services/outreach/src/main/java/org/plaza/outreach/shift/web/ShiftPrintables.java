package org.plaza.outreach.shift.web;

import java.util.Locale;

import org.plaza.outreach.shift.ShiftService;
import org.plaza.starter.layout.PageMeta;
import org.plaza.starter.links.ResidentLinks;
import org.plaza.starter.share.Printables;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * What organizers print for a shift: {@code GET /outreach/shifts/{shiftId}/qr.png}, the QR code of the shift's page
 * ({@code ?src=qr}), and {@code GET /outreach/shifts/{shiftId}/flyer.pdf}, a bilingual letter-size flyer with it.
 */
@Controller
class ShiftPrintables {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    private final ShiftService shifts;
    private final MessageSource messages;
    private final PageMeta pageMeta;

    ShiftPrintables(ShiftService shifts, MessageSource messages, PageMeta pageMeta) {
        this.shifts = shifts;
        this.messages = messages;
        this.pageMeta = pageMeta;
    }

    @GetMapping("/outreach/shifts/{shiftId}/qr.png")
    ResponseEntity<byte[]> qr(@PathVariable String shiftId) {
        return Printables.qr(pageMeta.absolute(ResidentLinks.shift(shifts.get(shiftId).id())));
    }

    @GetMapping("/outreach/shifts/{shiftId}/flyer.pdf")
    ResponseEntity<byte[]> flyer(@PathVariable String shiftId) {
        var shift = shifts.get(shiftId);
        return Printables.flyer(messages, shift.title(SPANISH), shift.title(Locale.ENGLISH), "shift.flyer.ask",
                pageMeta.absolute(ResidentLinks.shift(shift.id())), shift.id());
    }
}
