package io.concord.export.json.format;

import io.concord.api.ExportOptions.OffsetUnit;
import io.concord.api.text.CodePointOffsets;

/** Concord's UTF-16 offsets into one text as a file counts them, and back. */
final class Offsets {
    static final Offsets UTF16 = new Offsets(null);

    /** Null when the file counts UTF-16 units as Concord does. */
    private final CodePointOffsets codePoints;

    private Offsets(CodePointOffsets codePoints) {
        this.codePoints = codePoints;
    }

    static Offsets of(String text, OffsetUnit unit) {
        return unit == OffsetUnit.CODE_POINT ? new Offsets(CodePointOffsets.of(text)) : UTF16;
    }

    /** The file's offset of a UTF-16 index. */
    int of(int utf16) {
        return codePoints == null ? utf16 : codePoints.at(utf16);
    }

    /** The UTF-16 index of a file's offset. */
    int utf16(int offset) {
        return codePoints == null ? offset : codePoints.utf16(offset);
    }
}
