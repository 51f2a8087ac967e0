package io.concord.html;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * A Markdown document read as what a reader sees: its words without the markup (no {@code #}, {@code **} or
 * link targets, which annotators would read as text), a blank line between blocks so paragraphs stay
 * paragraphs, a line's soft break as a space; its first heading is its title. Parsed by commonmark-java, the
 * CommonMark reference parser for Java; raw HTML in the Markdown is left out, images keep their alternative text.
 *
 * @param title the first heading's text, or null
 * @param text the document's text
 */
public record MarkdownPage(String title, String text) {
    private static final Parser PARSER = Parser.builder().build();

    /** Reads a Markdown document. */
    public static MarkdownPage read(String markdown) {
        Node document = PARSER.parse(markdown);
        PlainText plain = new PlainText();
        document.accept(plain);
        return new MarkdownPage(plain.title == null ? null : plain.title.strip(), plain.out.toString().strip());
    }

    /** Writes the words of each block, blocks apart by a blank line. */
    private static final class PlainText extends AbstractVisitor {
        final StringBuilder out = new StringBuilder();
        String title;

        @Override
        public void visit(Text text) {
            out.append(text.getLiteral());
        }

        @Override
        public void visit(Code code) {
            out.append(code.getLiteral());
        }

        @Override
        public void visit(SoftLineBreak softLineBreak) {
            out.append(' ');
        }

        @Override
        public void visit(HardLineBreak hardLineBreak) {
            out.append('\n');
        }

        @Override
        public void visit(Heading heading) {
            int start = out.length();
            block(heading);
            if (title == null) {
                title = out.substring(start);
            }
        }

        @Override
        public void visit(Paragraph paragraph) {
            block(paragraph);
        }

        @Override
        public void visit(ListItem item) {
            visitChildren(item);
        }

        @Override
        public void visit(FencedCodeBlock code) {
            literal(code.getLiteral());
        }

        @Override
        public void visit(IndentedCodeBlock code) {
            literal(code.getLiteral());
        }

        @Override
        public void visit(Image image) {
            visitChildren(image); // the alternative text
        }

        @Override
        public void visit(HtmlBlock html) {
            // markup, not words
        }

        @Override
        public void visit(HtmlInline html) {
            // markup, not words
        }

        @Override
        public void visit(ThematicBreak thematicBreak) {
            // a rule between sections: the blank lines around blocks keep them apart
        }

        private void block(Block block) {
            separate();
            visitChildren(block);
        }

        private void literal(String text) {
            separate();
            out.append(text.strip());
        }

        /** A blank line before each block after the first. */
        private void separate() {
            while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
                out.setLength(out.length() - 1);
            }
            int n = out.length();
            // the last two characters, not the whole text again: a long document has thousands of blocks
            if (n > 0 && !(n >= 2 && out.charAt(n - 1) == '\n' && out.charAt(n - 2) == '\n')) {
                out.append(out.charAt(n - 1) == '\n' ? "\n" : "\n\n");
            }
        }
    }
}
