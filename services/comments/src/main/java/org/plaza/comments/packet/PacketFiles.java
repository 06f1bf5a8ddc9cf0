package org.plaza.comments.packet;

/** Where a packet's files are stored (GridFS ids) and what they hash to (the PDF without its timestamp). */
record PacketFiles(String pdfFileId, String csvFileId, String pdfSha256, String csvSha256, long pdfBytes,
        long csvBytes) {
}
