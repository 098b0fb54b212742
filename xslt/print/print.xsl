<?xml version="1.0" encoding="UTF-8"?>
<!--
  The print edition: HTML with CSS paged media (print.css, inlined), which
  WeasyPrint lays out and writes as PDF.  What the TEI means comes from the
  common layer; this layer decides only how it looks on the page:
    print.xsl        the document: metadata, title page, editorial note
    print-text.xsl   the text: blocks, margin numbers, footnotes, names
    print-index.xsl  the index of persons, organizations and places
  Layout facts (the page of each paragraph and name) come back from a first
  WeasyPrint pass through $pages; without them the edition is still complete.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:te="urn:tei-edition"
  xmlns:tp="urn:tei-edition:print"
  exclude-result-prefixes="#all">

  <xsl:import href="../common/conventions.xsl"/>
  <xsl:include href="print-text.xsl"/>
  <xsl:include href="print-index.xsl"/>

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no"
    include-content-type="no"/>

  <!-- ============================================================ parameters -->
  <!-- Pages from a previous layout pass: "id:page" pairs separated by spaces (p12:4 m7:3). -->
  <xsl:param name="pages" as="xs:string" select="''"/>
  <!-- Ids of citable blocks that start a new page (to keep footnotes with their call). -->
  <xsl:param name="breaks" as="xs:string" select="''"/>
  <!-- File name of the TEI source embedded in the PDF (PDF/A-3), or empty. -->
  <xsl:param name="attachment" as="xs:string" select="''"/>
  <!-- "no" leaves out the index: a first layout pass needs only the pages of the text. -->
  <xsl:param name="index" as="xs:string" select="'yes'"/>

  <xsl:variable name="tp:page-of" as="map(xs:string, xs:integer)"
    select="map:merge(for $pair in tokenize($pages)
                      return map{substring-before($pair, ':'): xs:integer(substring-after($pair, ':'))},
                      map{'duplicates': 'use-first'})"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>

  <xsl:variable name="tp:css" as="xs:string"
    select="unparsed-text(resolve-uri('print.css', static-base-uri()), 'UTF-8')"/>

  <!-- ============================================================ document -->
  <xsl:template match="/">
    <xsl:apply-templates select="tei:TEI"/>
  </xsl:template>

  <xsl:template match="tei:TEI">
    <xsl:variable name="header" select="tei:teiHeader"/>
    <html lang="{tp:language(.)}">
      <head>
        <meta charset="utf-8"/>
        <title><xsl:value-of select="te:title(.)"/></title>
        <xsl:for-each select="tp:authors(.)">
          <meta name="author" content="{.}"/>
        </xsl:for-each>
        <xsl:for-each select="$header/tei:profileDesc/tei:abstract[normalize-space()]">
          <meta name="description" content="{normalize-space(.)}"/>
        </xsl:for-each>
        <xsl:for-each select="$header/tei:profileDesc/tei:textClass/tei:keywords/tei:term[normalize-space()]">
          <meta name="keywords" content="{normalize-space(.)}"/>
        </xsl:for-each>
        <meta name="generator" content="tei-edition"/>
        <xsl:variable name="published" select="$header/tei:fileDesc/tei:publicationStmt/tei:date/@when"/>
        <xsl:variable name="changed" select="max($header/tei:revisionDesc/tei:change/@when[. castable as xs:date] ! xs:date(.))"/>
        <xsl:if test="$published">
          <meta name="dcterms.created" content="{$published}"/>
        </xsl:if>
        <xsl:if test="$published or exists($changed)">
          <meta name="dcterms.modified" content="{($changed, $published)[1]}"/>
        </xsl:if>
        <style><xsl:value-of select="$tp:css"/></style>
      </head>
      <body>
        <xsl:call-template name="title-page"/>
        <xsl:call-template name="editorial-note"/>
        <xsl:apply-templates select="tei:text"/>
        <xsl:if test="$index != 'no'">
          <xsl:call-template name="index"/>
        </xsl:if>
      </body>
    </html>
  </xsl:template>

  <!-- The language of the text (html/@lang, the PDF's /Lang). -->
  <xsl:function name="tp:language" as="xs:string">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="string(($tei/tei:text/@xml:lang,
        $tei/tei:teiHeader/tei:profileDesc/tei:langUsage/tei:language[1]/@ident, 'en')[1])"/>
  </xsl:function>

  <!-- Authors for the PDF: the translator if named, else the editors, else the publisher. -->
  <xsl:function name="tp:authors" as="xs:string*">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="file" select="$tei/tei:teiHeader/tei:fileDesc"/>
    <xsl:variable name="editors" select="$file/tei:titleStmt/tei:editor/normalize-space()[.]"/>
    <xsl:sequence select="(te:translator($tei), $editors)"/>
    <xsl:if test="empty(te:translator($tei)) and empty($editors)">
      <xsl:sequence select="$file/tei:publicationStmt/tei:publisher/normalize-space()[.]"/>
    </xsl:if>
  </xsl:function>

  <!-- A date for readers: "28 November 2026" from @when, else as written. -->
  <xsl:function name="tp:date" as="xs:string">
    <xsl:param name="date" as="element()"/>
    <xsl:sequence select="if ($date/@when castable as xs:date)
        then format-date(xs:date($date/@when), '[D] [MNn] [Y]', 'en', (), ())
        else normalize-space($date)"/>
  </xsl:function>

  <!-- The short title for running heads: the alternative title, else the main one. -->
  <xsl:function name="tp:short-title" as="xs:string">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="titles" select="$tei/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title"/>
    <xsl:sequence select="normalize-space(($titles[@type = 'short'], $titles[@type = 'alt'], $titles[@type = 'main'], $titles)[1])"/>
  </xsl:function>

  <!-- ============================================================ title page -->
  <xsl:template name="title-page">
    <xsl:variable name="file" select="tei:teiHeader/tei:fileDesc"/>
    <xsl:variable name="publication" select="$file/tei:publicationStmt"/>
    <section class="title-page" aria-label="Title page">
      <xsl:for-each select="$file/tei:seriesStmt/tei:title[1]">
        <p class="series"><xsl:value-of select="normalize-space(.)"/></p>
      </xsl:for-each>
      <h1 class="title"><xsl:value-of select="te:title(.)"/></h1>
      <xsl:for-each select="te:doc-date(.)">
        <p class="date"><xsl:value-of select="normalize-space(.)"/></p>
      </xsl:for-each>
      <xsl:call-template name="source-statement"/>
      <xsl:for-each select="tei:teiHeader/tei:profileDesc/tei:abstract[normalize-space()]">
        <div class="abstract">
          <h2 class="minor">Summary</h2>
          <xsl:for-each select="tei:p">
            <p><xsl:apply-templates select="node()" mode="plain"/></p>
          </xsl:for-each>
        </div>
      </xsl:for-each>
      <div class="imprint">
        <xsl:for-each select="$file/tei:editionStmt/tei:edition[normalize-space()]">
          <p class="edition"><xsl:value-of select="normalize-space(.)"/>
            <xsl:for-each select="$publication/tei:date[1]">
              <xsl:value-of select="', ' || tp:date(.)"/>
            </xsl:for-each>
          </p>
        </xsl:for-each>
        <xsl:if test="$file/tei:titleStmt/tei:editor">
          <p>Edited by <xsl:value-of select="string-join($file/tei:titleStmt/tei:editor/normalize-space(), ', ')"/>.
            <xsl:for-each select="$publication/tei:publisher[1]">
              Published by <xsl:value-of select="normalize-space(.)"/>.
            </xsl:for-each>
          </p>
        </xsl:if>
        <xsl:for-each select="$publication/tei:availability">
          <p class="licence">
            <span class="imprint-label">Licence: </span>
            <xsl:for-each select="tei:licence[1]">
              <xsl:value-of select="normalize-space(.)"/>
              <xsl:if test="@target">
                <xsl:text> (</xsl:text><a href="{@target}"><xsl:value-of select="@target"/></a><xsl:text>)</xsl:text>
              </xsl:if>
              <xsl:text>. </xsl:text>
            </xsl:for-each>
            <xsl:value-of select="normalize-space(string-join(tei:p, ' '))"/>
          </p>
        </xsl:for-each>
        <p class="citation">
          <span class="imprint-label">Recommended citation: </span>
          <xsl:value-of select="te:citation(.)"/>
          <xsl:text> Cite passages by paragraph number (¶).</xsl:text>
        </p>
        <xsl:if test="$attachment">
          <p class="attachment">The TEI P5 source of this edition is embedded in this PDF
            as the file <span class="filename"><xsl:value-of select="$attachment"/></span>.</p>
        </xsl:if>
      </div>
    </section>
  </xsl:template>

  <!-- Where the text comes from: the original and the translation. -->
  <xsl:template name="source-statement">
    <xsl:variable name="desc" select="tei:teiHeader/tei:fileDesc/tei:sourceDesc"/>
    <xsl:variable name="original" select="($desc/tei:bibl[@type = 'original'], $desc/tei:msDesc/tei:msContents/tei:msItem)[1]"/>
    <xsl:variable name="archive" select="$desc/tei:msDesc/tei:msIdentifier"/>
    <xsl:variable name="translation" select="$desc/tei:bibl[@type = 'translation']"/>
    <div class="source">
      <xsl:if test="$archive">
        <p><span class="imprint-label">Original: </span>
          <xsl:value-of select="string-join($archive/*/normalize-space()[.], ', ')"/>
          <xsl:for-each select="$original/tei:textLang"> (<xsl:value-of select="normalize-space(.)"/>)</xsl:for-each>.</p>
      </xsl:if>
      <xsl:if test="not($archive) and $original/tei:textLang">
        <p><span class="imprint-label">Original language: </span>
          <xsl:value-of select="normalize-space($original/tei:textLang)"/>.</p>
      </xsl:if>
      <p><span class="imprint-label">English translation</span>
        <xsl:for-each select="te:translator(ancestor-or-self::tei:TEI)"> by <xsl:value-of select="."/></xsl:for-each>
        <xsl:for-each select="$translation/tei:publisher[normalize-space()]">, published by <xsl:value-of select="normalize-space(.)"/></xsl:for-each>
        <xsl:for-each select="($translation/tei:ref/@target, $desc/tei:bibl[@type = 'record']/tei:ref/@target)[1]">
          <xsl:text>: </xsl:text><a href="{.}"><xsl:value-of select="."/></a>
        </xsl:for-each>
        <xsl:text>.</xsl:text>
      </p>
    </div>
  </xsl:template>

  <!-- ============================================================ editorial note -->
  <!-- What a reader needs to read this print edition; the marks are the common layer's. -->
  <xsl:template name="editorial-note">
    <xsl:variable name="text" select="tei:text"/>
    <xsl:variable name="supplied" select="$text//tei:supplied"/>
    <xsl:variable name="sure" select="$supplied[not(@cert = 'low')]"/>
    <section class="editorial-note" id="conventions">
      <h2>Editorial conventions</h2>
      <p>This print edition reproduces the English translation as it is encoded in the TEI P5 file
        <span class="filename"><xsl:value-of select="(tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:idno[@type = 'local'], @xml:id, 'document')[1] || '.xml'"/></span>.
        Spelling, punctuation and quotation marks are those of the translation; errors of the
        original are not corrected.</p>
      <xsl:if test="$sure">
        <p>Words in square brackets, such as <span class="example">
          <xsl:value-of select="te:supplied-open($sure[1]) || tp:sample($sure) || te:supplied-close($sure[1])"/></span>,
          were supplied by the translator: words implied by the original, or a description that
          identifies a person<xsl:if test="$supplied[@reason = 'identification']">
          (<span class="example"><xsl:apply-templates select="($supplied[@reason = 'identification'])[1]/parent::*" mode="plain"/></span>)</xsl:if>.</p>
      </xsl:if>
      <xsl:for-each select="$supplied[@cert = 'low'][1]">
        <p>A question mark before the closing bracket, as in <span class="example">
          <xsl:value-of select="te:supplied-open(.) || normalize-space(.) || te:supplied-close(.)"/></span>,
          marks a reading the translator was unsure of.</p>
      </xsl:for-each>
      <xsl:for-each select="$text//tei:sic[1]">
        <p>The mark <span class="example"><xsl:value-of select="normalize-space(te:sic-mark(.))"/></span>
          follows a word the translator reproduced as it stands in the original.</p>
      </xsl:for-each>
      <xsl:for-each select="$text//tei:gap[1]">
        <p>The mark <span class="example"><xsl:value-of select="te:gap-mark(.)"/></span>
          stands for a passage the translator omitted.</p>
      </xsl:for-each>
      <xsl:if test="$text//tei:note">
        <p>Notes are numbered as in the translation and printed at the foot of the page that
          holds their mark. <xsl:value-of select="tp:note-kinds($text//tei:note)"/></p>
      </xsl:if>
      <p>The numbers in the outer margin number the paragraphs, lists and header lines of the
        text for citation (¶ 1–<xsl:value-of select="max(($text//*[@n][matches(@xml:id, '^p\d+$')]/@n[. castable as xs:integer] ! xs:integer(.), 0))"/>);
        they are the same in every edition of this document.
        <xsl:if test="$text//(tei:persName | tei:orgName | tei:placeName)[@ref]">The index lists
          the persons, organizations and places named in the text, with the pages on which
          they are named.</xsl:if></p>
      <p class="small">The complete encoding conventions are stated in the header of the TEI
        file (encodingDesc).</p>
    </section>
  </xsl:template>

  <!-- A short sample of supplied text: the first one-word supplement of an omitted
       word, else of any kind, else the first. -->
  <xsl:function name="tp:sample" as="xs:string">
    <xsl:param name="supplied" as="element(tei:supplied)+"/>
    <xsl:variable name="short" select="$supplied[normalize-space()][not(contains(normalize-space(.), ' '))]"/>
    <xsl:sequence select="normalize-space(($short[@reason = 'omitted'], $short, $supplied)[1])"/>
  </xsl:function>

  <xsl:function name="tp:note-kinds" as="xs:string">
    <xsl:param name="notes" as="element(tei:note)+"/>
    <xsl:variable name="kinds" select="distinct-values($notes ! te:note-kind(.))"/>
    <xsl:sequence select="if (count($kinds) = 1)
        then 'All notes are ' || lower-case(replace($kinds, '’s note', '’s')) || ' notes.'
        else 'Each note says whose it is.'"/>
  </xsl:function>
</xsl:stylesheet>
