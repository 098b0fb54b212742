<?xml version="1.0" encoding="UTF-8"?>
<!--
  The common layer: what each TEI element of a tei-edition document means.
  Editorial conventions live here, once: how the translator's brackets are
  written (supplied, sic, gap, uncertain readings), how notes are marked and
  numbered, how the source layout (blank lines) is read from @rend.
  Format layers (html, print, text, source) import this file and decide only
  how things look.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:te="urn:tei-edition"
  exclude-result-prefixes="#all">

  <!-- ============================================================ brackets -->
  <!-- The marks the translator used, as [open, close] pairs. -->
  <xsl:function name="te:supplied-open" as="xs:string">
    <xsl:param name="supplied" as="element(tei:supplied)"/>
    <xsl:sequence select="'['"/>
  </xsl:function>

  <xsl:function name="te:supplied-close" as="xs:string">
    <xsl:param name="supplied" as="element(tei:supplied)"/>
    <xsl:sequence select="if ($supplied/@cert = 'low') then '?]' else ']'"/>
  </xsl:function>

  <!-- What follows a sic word: ' [sic]' or '[sic]' when attached. -->
  <xsl:function name="te:sic-mark" as="xs:string">
    <xsl:param name="sic" as="element(tei:sic)"/>
    <xsl:sequence select="(if ($sic/@rend = 'attached' or not(normalize-space($sic))) then '' else ' ') || '[sic]'"/>
  </xsl:function>

  <!-- An omission mark as typed: [...] or […]. -->
  <xsl:function name="te:gap-mark" as="xs:string">
    <xsl:param name="gap" as="element(tei:gap)"/>
    <xsl:sequence select="'[' || (map{'ellipsis': '…', 'spaced-dots': '. . .'}(string($gap/@rend)), '...')[1] || ']'"/>
  </xsl:function>

  <!-- The bullet of a bulleted list as typed. -->
  <xsl:function name="te:bullet" as="xs:string">
    <xsl:param name="list" as="element(tei:list)"/>
    <xsl:sequence select="(map{'bullet': '•', 'en-dash': '–', 'asterisk': '*'}(string($list/@rend)), '-')[1]"/>
  </xsl:function>

  <!-- ============================================================ notes -->
  <!-- The number a reader sees for a note: its @n, else its position. -->
  <xsl:function name="te:note-number" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="if ($note/@n) then string($note/@n)
        else string(count($note/preceding::tei:note[ancestor::tei:text]) + 1)"/>
  </xsl:function>

  <!-- The note marker as the translator typed it: [1], or 1 glued to a word. -->
  <xsl:function name="te:note-marker-source" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="if (tokenize($note/@rend) = 'glued') then te:note-number($note)
        else '[' || te:note-number($note) || ']'"/>
  </xsl:function>

  <!-- Which kind of note: "Translator's note", "Editor's note". -->
  <xsl:function name="te:note-kind" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="if ($note/@type = 'translator') then 'Translator’s note' else 'Editor’s note'"/>
  </xsl:function>

  <!-- ============================================================ layout -->
  <!-- Blank lines before a block in the source: space-before(N) in @rend, else the default. -->
  <xsl:function name="te:space-before" as="xs:integer">
    <xsl:param name="block" as="element()"/>
    <xsl:param name="default" as="xs:integer"/>
    <xsl:variable name="token" select="tokenize($block/@rend)[starts-with(., 'space-before(')][1]"/>
    <xsl:sequence select="if ($token) then xs:integer(replace($token, '\D', '')) else $default"/>
  </xsl:function>

  <!-- Formatting white space (pretty-printing) is never text: a white-space-only
       text node that holds a line break. The writer keeps real line breaks as lb. -->
  <xsl:function name="te:is-formatting" as="xs:boolean">
    <xsl:param name="node" as="text()"/>
    <xsl:sequence select="not(normalize-space($node)) and contains($node, '&#10;')"/>
  </xsl:function>

  <!-- ============================================================ entities -->
  <!-- The register entry a name points at (carried in the file's standOff). -->
  <xsl:key name="te:entity" match="tei:person | tei:org | tei:place" use="'#' || @xml:id"/>

  <xsl:function name="te:entity" as="element()?">
    <xsl:param name="name" as="element()"/>
    <xsl:sequence select="key('te:entity', string($name/@ref), root($name))[1]"/>
  </xsl:function>

  <xsl:function name="te:entity-name" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="string(($entry/*[@type = 'preferred'], $entry/*[1])[1])"/>
  </xsl:function>

  <xsl:function name="te:entity-kind" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="local-name($entry)"/>
  </xsl:function>

  <!-- Life dates or existence, e.g. "1894–1971". -->
  <xsl:function name="te:entity-dates" as="xs:string?">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="from" select="($entry/tei:birth/@when, $entry/tei:event[@type='existence']/@from)[1]"/>
    <xsl:variable name="to" select="($entry/tei:death/@when, $entry/tei:event[@type='existence']/@to)[1]"/>
    <xsl:sequence select="if ($from or $to) then (substring($from, 1, 4) || '–' || substring($to, 1, 4)) else ()"/>
  </xsl:function>

  <!-- ============================================================ document -->
  <xsl:function name="te:title" as="xs:string">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="normalize-space($tei/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title[@type='main'])"/>
  </xsl:function>

  <xsl:function name="te:doc-date" as="element()?">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="$tei/tei:teiHeader/tei:profileDesc/tei:creation/tei:date[1]"/>
  </xsl:function>

  <!-- Paragraph number for citation: @n of the citable block that holds a node. -->
  <xsl:function name="te:paragraph-number" as="xs:string?">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="($node/ancestor-or-self::*[@xml:id][matches(@xml:id, '^p\d+$')])[last()]/@n/string()"/>
  </xsl:function>

  <!-- The form a register sorts by (persName type="sort"), else the name. -->
  <xsl:function name="te:entity-sort-name" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="string(($entry/*[@type = 'sort'], $entry/*[@type = 'preferred'], $entry/*[1])[1])"/>
  </xsl:function>

  <!-- The translator's name, or nothing when the source does not name one. -->
  <xsl:function name="te:translator" as="xs:string?">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="name" select="normalize-space($tei/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:respStmt[@xml:id = 'translator']/tei:name[1])"/>
    <xsl:sequence select="if ($name and not(starts-with($name, 'Translator not named'))) then $name else ()"/>
  </xsl:function>

  <!-- The recommended citation of a document, one plain string:
       Title, date. Translated by X. In: Series, edition. Edited by Y. Publisher, year. URI or id. -->
  <xsl:function name="te:citation" as="xs:string">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="file" select="$tei/tei:teiHeader/tei:fileDesc"/>
    <xsl:variable name="date" select="normalize-space(te:doc-date($tei))"/>
    <xsl:variable name="series" select="normalize-space($file/tei:seriesStmt/tei:title[1])"/>
    <xsl:variable name="edition" select="normalize-space($file/tei:editionStmt/tei:edition[1])"/>
    <xsl:variable name="editors" select="$file/tei:titleStmt/tei:editor/normalize-space()[.]"/>
    <xsl:variable name="publication" select="$file/tei:publicationStmt"/>
    <xsl:variable name="publisher" select="normalize-space($publication/tei:publisher[1])"/>
    <xsl:variable name="year" select="substring(($publication/tei:date/@when, $publication/tei:date)[1], 1, 4)"/>
    <xsl:variable name="where" select="($publication/tei:idno[@type = 'URI'], $publication/tei:idno[@type = 'local'], $tei/@xml:id)[1]/normalize-space()"/>
    <xsl:variable name="title" select="te:title($tei)"/>
    <xsl:sequence select="string-join((
        $title || (if ($date) then ', ' || $date else '') || '.',
        te:translator($tei) ! ('Translated by ' || . || '.'),
        if ($series) then 'In: ' || $series || (if ($edition) then ', ' || $edition else '') || '.' else (),
        if (exists($editors)) then 'Edited by ' || string-join($editors, ', ') || '.' else (),
        if ($publisher or $year) then string-join(($publisher[.], $year[.]), ', ') || '.' else (),
        $where[.] ! (. || '.')), ' ')"/>
  </xsl:function>

  <!-- ============================================================ source mode -->
  <!-- Inline content written back as the translator typed it. Used by the
       source (round trip) and the plain-text editions. -->
  <xsl:mode name="te:source" on-no-match="text-only-copy"/>

  <xsl:template match="text()" mode="te:source">
    <xsl:if test="not(te:is-formatting(.))">
      <xsl:value-of select="."/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:supplied" mode="te:source">
    <xsl:value-of select="te:supplied-open(.)"/>
    <xsl:apply-templates mode="te:source"/>
    <xsl:value-of select="te:supplied-close(.)"/>
  </xsl:template>

  <xsl:template match="tei:sic" mode="te:source">
    <xsl:apply-templates mode="te:source"/>
    <xsl:value-of select="te:sic-mark(.)"/>
  </xsl:template>

  <xsl:template match="tei:gap" mode="te:source">
    <xsl:value-of select="te:gap-mark(.)"/>
  </xsl:template>

  <xsl:template match="tei:lb" mode="te:source">
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <xsl:template match="tei:note" mode="te:source">
    <xsl:value-of select="te:note-marker-source(.)"/>
  </xsl:template>
</xsl:stylesheet>
