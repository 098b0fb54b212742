<?xml version="1.0" encoding="UTF-8"?>
<!--
  The plain-text edition: UTF-8, wrapped at $width columns, made by this
  stylesheet alone (no post-processing).

  Layout, top to bottom, blocks separated by one blank line:
    the title, underlined with "=";
    the header block: date, source, translation, translator, edition,
      licence, recommended citation, summary, conventions ("Label: value",
      values wrapped with a hanging indent; below 50 columns the label
      stands on a line of its own);
    a rule of "=", then the text in reading order: date line, titles,
      heads, speaker labels, section and list labels as the translator
      typed them;
    a rule of "-", "Notes", and every note, numbered, in document order.

  Paragraph numbers: every citable block (xml:id p1, p2, ... with @n) starts
  with "¶n " (a pilcrow, because square brackets already mean the
  translator's supplied words and note markers). A list is one citable
  block: "¶n " before its first item, the other items aligned under it.
  Inline text is written as the translator typed it (mode te:source of the
  common layer: brackets, [sic], omission marks, note markers); runs of
  white space become one space, lb a line break.  Words are never broken:
  a word longer than the line stands whole on a line of its own.

  Nothing is dropped: an element this layer does not know keeps its text
  (inline: te:source copies the text of unknown elements; block: the
  catch-all template below makes a paragraph of it or descends into it).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:te="urn:tei-edition"
  exclude-result-prefixes="#all">

  <xsl:import href="../common/conventions.xsl"/>
  <xsl:output method="text" encoding="UTF-8"/>

  <!-- ============================================================ parameters -->
  <!-- width: the longest line in characters (an integer, at least 20). -->
  <xsl:param name="width" as="xs:string" select="'72'"/>

  <xsl:variable name="te:width" as="xs:integer" select="xs:integer($width)"/>
  <!-- The column where header values start (below 50 columns: stacked fields). -->
  <xsl:variable name="te:label-width" as="xs:integer" select="13"/>
  <xsl:variable name="te:stacked" as="xs:boolean" select="$te:width lt 50"/>

  <!-- ============================================================ lines -->
  <xsl:function name="te:spaces" as="xs:string">
    <xsl:param name="n" as="xs:integer"/>
    <xsl:sequence select="string-join(for $i in 1 to $n return ' ')"/>
  </xsl:function>

  <xsl:function name="te:rule" as="xs:string">
    <xsl:param name="char" as="xs:string"/>
    <xsl:sequence select="string-join(for $i in 1 to $te:width return $char)"/>
  </xsl:function>

  <xsl:function name="te:rtrim" as="xs:string">
    <xsl:param name="line" as="xs:string"/>
    <xsl:sequence select="replace($line, '[\s&#160;]+$', '')"/>
  </xsl:function>

  <!-- Greedy fill of words into lines: $first starts the first line, $rest
       every other; a word that does not fit goes whole onto the next line. -->
  <xsl:function name="te:fill" as="xs:string*">
    <xsl:param name="words" as="xs:string*"/>
    <xsl:param name="first" as="xs:string"/>
    <xsl:param name="rest" as="xs:string"/>
    <xsl:iterate select="$words">
      <xsl:param name="line" as="xs:string" select="$first"/>
      <xsl:param name="fresh" as="xs:boolean" select="true()"/>
      <xsl:on-completion select="te:rtrim($line)"/>
      <xsl:variable name="longer" select="if ($fresh) then $line || . else $line || ' ' || ."/>
      <xsl:choose>
        <xsl:when test="$fresh or string-length($longer) le $te:width">
          <xsl:next-iteration>
            <xsl:with-param name="line" select="$longer"/>
            <xsl:with-param name="fresh" select="false()"/>
          </xsl:next-iteration>
        </xsl:when>
        <xsl:otherwise>
          <xsl:sequence select="te:rtrim($line)"/>
          <xsl:next-iteration>
            <xsl:with-param name="line" select="$rest || ."/>
            <xsl:with-param name="fresh" select="false()"/>
          </xsl:next-iteration>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:iterate>
  </xsl:function>

  <!-- Text wrapped into one block (lines joined by newlines); a newline in
       $text (from lb) is kept as a line break. -->
  <xsl:function name="te:wrap" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="first" as="xs:string"/>
    <xsl:param name="rest" as="xs:string"/>
    <xsl:variable name="lines" as="xs:string*">
      <xsl:for-each select="tokenize(replace($text, '^\s*\n|\n\s*$', ''), '&#10;')">
        <xsl:sequence select="te:fill(tokenize(normalize-space(.), ' '),
                                      if (position() = 1) then $first else $rest, $rest)"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:sequence select="if (empty($lines)) then te:rtrim($first) else string-join($lines, '&#10;')"/>
  </xsl:function>

  <!-- Inline content as the translator typed it (common layer, mode te:source). -->
  <xsl:function name="te:inline" as="xs:string">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:variable name="text">
      <xsl:apply-templates select="$nodes" mode="te:source"/>
    </xsl:variable>
    <xsl:sequence select="string($text)"/>
  </xsl:function>

  <!-- "¶12 " for a citable block, else "". -->
  <xsl:function name="te:number-prefix" as="xs:string">
    <xsl:param name="block" as="element()"/>
    <xsl:sequence select="if ($block/@n and matches($block/@xml:id, '^p\d+$'))
                          then '¶' || $block/@n || ' ' else ''"/>
  </xsl:function>

  <!-- ============================================================ header -->
  <!-- One header line: "Label:" then the value, wrapped with a hanging indent. -->
  <xsl:function name="te:field" as="xs:string?">
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="value" as="xs:string?"/>
    <xsl:variable name="value" select="normalize-space($value)"/>
    <xsl:sequence select="
      if (not($value)) then ()
      else if ($te:stacked) then $label || ':&#10;' || te:wrap($value, '  ', '  ')
      else te:wrap($value,
                   $label || ':' || te:spaces($te:label-width - string-length($label) - 1),
                   te:spaces($te:label-width))"/>
  </xsl:function>

  <!-- Items joined with a separator, empty ones left out. -->
  <xsl:function name="te:join" as="xs:string">
    <xsl:param name="items" as="xs:string*"/>
    <xsl:param name="separator" as="xs:string"/>
    <xsl:sequence select="string-join($items[normalize-space()] ! normalize-space(), $separator)"/>
  </xsl:function>

  <!-- A sentence: ends with a full stop unless it already ends in punctuation. -->
  <xsl:function name="te:sentence" as="xs:string?">
    <xsl:param name="text" as="xs:string?"/>
    <xsl:variable name="text" select="normalize-space($text)"/>
    <xsl:sequence select="if (not($text)) then ()
                          else if (matches($text, '[.!?]$')) then $text else $text || '.'"/>
  </xsl:function>

  <xsl:template name="te:header" as="xs:string*">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="file" select="$tei/tei:teiHeader/tei:fileDesc"/>
    <xsl:variable name="sources" select="$file/tei:sourceDesc"/>
    <xsl:variable name="publication" select="$file/tei:publicationStmt"/>
    <xsl:variable name="date" select="te:doc-date($tei)"/>
    <xsl:variable name="ms" select="$sources/tei:msDesc/tei:msIdentifier"/>
    <xsl:variable name="original" select="($sources/tei:bibl[@type = 'original'], $sources/tei:msDesc/tei:msContents/tei:msItem)[1]"/>
    <xsl:variable name="translation" select="$sources/tei:bibl[@type = 'translation'][1]"/>
    <xsl:variable name="licence" select="$publication/tei:availability/tei:licence[1]"/>
    <xsl:sequence select="te:wrap(te:title($tei), '', '') || '&#10;' || te:rule('=')"/>
    <xsl:sequence select="string-join((
      te:field('Date', normalize-space($date) ||
               (if ($date/@when and $date/@when ne normalize-space($date)) then ' (' || $date/@when || ')' else '')),
      te:field('Source', te:join((
        te:sentence(te:join($ms/(tei:repository, tei:collection, tei:idno, tei:settlement, tei:country) ! string(), ', ')),
        te:sentence(($original/tei:textLang)[1] ! ('Original in ' || .)),
        $original/tei:note ! te:sentence(.)), ' ')),
      te:field('Translation', te:join((
        te:sentence(te:join(($translation/tei:title ! ('“' || normalize-space() || '”'),
                             $translation/tei:publisher) ! string(), ', ')),
        $translation/tei:ref/@target ! te:sentence(.)), ' ')),
      te:field('Translator', te:translator($tei)),
      te:field('Record', string-join($sources/tei:bibl[@type = 'record']/tei:ref/@target, ' ')),
      te:field('Edition', te:join((
        te:sentence($file/tei:seriesStmt/tei:title[1]),
        te:sentence($file/tei:editionStmt/tei:edition[1]),
        te:sentence(te:join(($publication/(tei:publisher, tei:authority)[1], $publication/tei:pubPlace,
                             $publication/tei:date), ', '))), ' ')),
      te:field('Licence', te:join((
        te:sentence(te:join(($licence, $licence/@target ! ('&lt;' || . || '&gt;')), ' ')),
        $publication/tei:availability/tei:p ! te:sentence(.)), ' ')),
      te:field('Cite as', te:citation($tei)),
      te:field('Summary', te:join($tei/tei:teiHeader/tei:profileDesc/tei:abstract
                                  ! (tei:p, .[not(tei:p)]) ! te:inline(node()), ' ')),
      te:field('Conventions', '¶12 numbers a paragraph for citation. Square brackets are the ' ||
        'translator’s: [words] supplied, [word?] an uncertain reading, [sic], [...] an omission; ' ||
        '[1] marks a note, printed at the end.')
      ), '&#10;')"/>
  </xsl:template>

  <!-- ============================================================ document -->
  <xsl:template match="/">
    <xsl:variable name="tei" select="tei:TEI"/>
    <xsl:variable name="blocks" as="xs:string*">
      <xsl:call-template name="te:header">
        <xsl:with-param name="tei" select="$tei"/>
      </xsl:call-template>
      <xsl:sequence select="te:rule('=')"/>
      <xsl:apply-templates select="$tei/tei:text" mode="te:block"/>
      <xsl:call-template name="te:notes">
        <xsl:with-param name="notes" select="$tei/tei:text//tei:note[not(ancestor::tei:note)]"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:value-of select="string-join($blocks[. ne ''], '&#10;&#10;') || '&#10;'"/>
  </xsl:template>

  <!-- ============================================================ blocks -->
  <!-- Each block template returns its block as one string (lines joined by
       newlines); containers return the blocks of their children. -->

  <xsl:template match="tei:text | tei:front | tei:body | tei:back | tei:docTitle | tei:div | tei:sp"
                mode="te:block" as="xs:string*">
    <xsl:apply-templates select="node()" mode="te:block"/>
  </xsl:template>

  <xsl:template match="tei:docDate | tei:titlePart | tei:head" mode="te:block" as="xs:string">
    <xsl:sequence select="te:wrap(te:inline(node()), '', '')"/>
  </xsl:template>

  <!-- A paragraph; a speaker label just before it runs into its first line. -->
  <xsl:template match="tei:p | tei:ab" mode="te:block" as="xs:string">
    <xsl:variable name="speaker" select="preceding-sibling::*[1][self::tei:speaker]"/>
    <xsl:sequence select="te:wrap(te:inline(($speaker/node(), node())), te:number-prefix(.), '')"/>
  </xsl:template>

  <xsl:template match="tei:speaker" mode="te:block" as="xs:string?">
    <xsl:if test="not(following-sibling::*[1][self::tei:p or self::tei:ab])">
      <xsl:sequence select="te:wrap(te:inline(node()), '', '')"/>
    </xsl:if>
  </xsl:template>

  <!-- A list: bullets as typed (te:bullet), letters as in the item's label;
       continuation lines hang under the item's text. -->
  <xsl:template match="tei:list" mode="te:block" as="xs:string">
    <xsl:variable name="number" select="te:number-prefix(.)"/>
    <xsl:variable name="indent" select="te:spaces(string-length($number))"/>
    <xsl:variable name="bullet" select="if (@type = 'bulleted') then te:bullet(.) || ' ' else ''"/>
    <xsl:variable name="lines" as="xs:string*">
      <xsl:for-each select="*">
        <xsl:variable name="marker" select="if (self::tei:item) then $bullet else ''"/>
        <xsl:variable name="hang" select="if (tei:label) then string-length(normalize-space(te:inline(tei:label[1]))) + 1
                                          else string-length($marker)"/>
        <xsl:sequence select="te:wrap($marker || te:inline(node()),
                                      if (position() = 1) then $number else $indent,
                                      $indent || te:spaces($hang))"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:sequence select="string-join($lines, '&#10;')"/>
  </xsl:template>

  <!-- Notes are printed at the end (te:notes); markers stay in the text. -->
  <xsl:template match="tei:note" mode="te:block" as="empty-sequence()"/>
  <xsl:template match="tei:lb | tei:pb | tei:cb | tei:milestone" mode="te:block" as="empty-sequence()"/>

  <!-- Catch-all: an element this layer does not know. With text of its own it
       is a paragraph; otherwise its children are blocks. Its text is never lost. -->
  <xsl:template match="*" mode="te:block" priority="-1" as="xs:string*">
    <xsl:choose>
      <xsl:when test="text()[normalize-space()]">
        <xsl:sequence select="te:wrap(te:inline(node()), te:number-prefix(.), '')"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates select="node()" mode="te:block"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="text()" mode="te:block" as="xs:string?">
    <xsl:if test="normalize-space()">
      <xsl:sequence select="te:wrap(string(.), '', '')"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="comment() | processing-instruction()" mode="te:block" as="empty-sequence()"/>

  <!-- ============================================================ notes -->
  <!-- "Notes", then each note: "[n] " and its text as encoded (the label
       "Translator’s note:" included); further paragraphs under the first. -->
  <xsl:template name="te:notes" as="xs:string*">
    <xsl:param name="notes" as="element(tei:note)*"/>
    <xsl:if test="exists($notes)">
      <xsl:sequence select="te:rule('-') || '&#10;Notes'"/>
      <xsl:for-each select="$notes">
        <xsl:variable name="marker" select="'[' || te:note-number(.) || '] '"/>
        <xsl:variable name="hang" select="te:spaces(string-length($marker))"/>
        <xsl:variable name="paragraphs" select="tei:p"/>
        <xsl:choose>
          <xsl:when test="$paragraphs">
            <xsl:sequence select="te:wrap(te:inline($paragraphs[1]/preceding-sibling::node()) || ' '
                                          || te:inline($paragraphs[1]/node()), $marker, $hang)"/>
            <xsl:for-each select="$paragraphs[position() gt 1]">
              <xsl:sequence select="te:wrap(te:inline(node()), $hang, $hang)"/>
            </xsl:for-each>
            <xsl:if test="$paragraphs[last()]/following-sibling::node()[not(self::text()) or normalize-space()]">
              <xsl:sequence select="te:wrap(te:inline($paragraphs[last()]/following-sibling::node()), $hang, $hang)"/>
            </xsl:if>
          </xsl:when>
          <xsl:otherwise>
            <xsl:sequence select="te:wrap(te:inline(node()), $marker, $hang)"/>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
