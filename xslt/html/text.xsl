<?xml version="1.0" encoding="UTF-8"?>
<!--
  The text of a document as HTML: its structure (headings, speaker turns,
  numbered and lettered sections with their labels, lists, header lines),
  paragraph numbers in the margin (anchors #p12), the translator's marks
  (supplied text, sic, omissions) and the note markers with the note shown
  on hover and focus. Names are in names.xsl, notes at the end in
  document.xsl. What each element means comes from ../common/conventions.xsl.

  Modes: the default mode writes the reading edition; th:plain writes inline
  content without links or notes (note pop-ups, summaries on the index page).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:te="urn:tei-edition"
  xmlns:th="urn:tei-edition:html"
  exclude-result-prefixes="#all">

  <!-- ============================================================ text nodes -->
  <xsl:template match="text()" mode="#default th:plain">
    <xsl:if test="not(te:is-formatting(.))">
      <xsl:value-of select="."/>
    </xsl:if>
  </xsl:template>

  <!-- Anything not provided for keeps its text: nothing is silently dropped. -->
  <xsl:template match="tei:*" mode="#default th:plain">
    <xsl:apply-templates mode="#current"/>
  </xsl:template>

  <!-- ============================================================ blocks -->
  <xsl:template match="tei:body | tei:back">
    <xsl:apply-templates/>
  </xsl:template>

  <!-- Headings: the document's own heading (h2), then one level per division that has a
       heading of its own (levels are not skipped where numbered sections have none). -->
  <xsl:template match="tei:head">
    <xsl:variable name="level" select="if (parent::tei:body) then 2
        else min((6, 3 + count(../ancestor::tei:div[tei:head])))"/>
    <xsl:element name="h{$level}">
      <xsl:attribute name="class" select="if (parent::tei:body) then 'doc-heading' else 'div-heading'"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:div">
    <div class="div {@type}">
      <xsl:if test="@xml:id"><xsl:attribute name="id" select="@xml:id"/></xsl:if>
      <xsl:apply-templates/>
    </div>
  </xsl:template>

  <xsl:template match="tei:sp">
    <div class="sp">
      <xsl:apply-templates/>
    </div>
  </xsl:template>

  <!-- A speaker label runs into the paragraph that follows it (as in the source). -->
  <xsl:template match="tei:speaker">
    <xsl:if test="not(following-sibling::*[1][self::tei:p or self::tei:ab])">
      <p class="speaker-line"><xsl:call-template name="th:speaker"/></p>
    </xsl:if>
  </xsl:template>

  <xsl:template name="th:speaker">
    <span class="speaker"><xsl:apply-templates/></span>
    <xsl:text> </xsl:text>
  </xsl:template>

  <!-- Paragraphs and header lines; numbered ones carry their anchor and margin number. -->
  <xsl:template match="tei:p | tei:ab">
    <p>
      <xsl:call-template name="th:numbered">
        <xsl:with-param name="class" select="string-join((if (self::tei:ab) then ('ab', @type) else (), 'para'[current()/@n]), ' ')"/>
      </xsl:call-template>
      <xsl:for-each select="preceding-sibling::*[1][self::tei:speaker]">
        <xsl:call-template name="th:speaker"/>
      </xsl:for-each>
      <xsl:apply-templates/>
    </p>
  </xsl:template>

  <!-- id, class and the margin number of a citable block. -->
  <xsl:template name="th:numbered">
    <xsl:param name="class" as="xs:string"/>
    <xsl:if test="@xml:id"><xsl:attribute name="id" select="@xml:id"/></xsl:if>
    <xsl:if test="$class != ''"><xsl:attribute name="class" select="$class"/></xsl:if>
    <xsl:if test="@n and @xml:id">
      <a class="pn" href="#{@xml:id}" aria-label="Paragraph {@n}"><xsl:value-of select="@n"/></a>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:list">
    <xsl:variable name="list" as="element()">
      <xsl:element name="{if (@type = 'ordered') then 'ol' else 'ul'}">
        <xsl:attribute name="class" select="string-join((@type, tokenize(@rend)[not(contains(., '('))]), ' ')"/>
        <xsl:if test="@type = 'bulleted'">
          <xsl:attribute name="data-bullet" select="te:bullet(.)"/>
        </xsl:if>
        <xsl:apply-templates select="tei:item"/>
      </xsl:element>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="@n and @xml:id">
        <div>
          <xsl:call-template name="th:numbered"><xsl:with-param name="class" select="'para list-block'"/></xsl:call-template>
          <xsl:sequence select="$list"/>
        </div>
      </xsl:when>
      <xsl:otherwise><xsl:sequence select="$list"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:item">
    <li>
      <xsl:if test="@n"><xsl:attribute name="data-n" select="@n"/></xsl:if>
      <xsl:apply-templates/>
    </li>
  </xsl:template>

  <xsl:template match="tei:label" mode="#default th:plain">
    <span class="label"><xsl:apply-templates mode="#current"/></span>
  </xsl:template>

  <xsl:template match="tei:lb" mode="#default th:plain"><br/></xsl:template>

  <xsl:template match="tei:opener | tei:closer | tei:postscript">
    <div class="{local-name()}"><xsl:apply-templates/></div>
  </xsl:template>

  <xsl:template match="tei:dateline | tei:salute | tei:signed | tei:byline | tei:trailer">
    <p class="{local-name()}"><xsl:apply-templates/></p>
  </xsl:template>

  <!-- ============================================================ inline -->
  <!-- Supplied text: the translator's brackets as spans that the reading view hides;
       what is not a bracket (the ? of an uncertain reading) stays in every view. -->
  <xsl:template match="tei:supplied" mode="#default th:plain">
    <span class="sup" data-reason="{@reason}">
      <xsl:attribute name="title" select="'Supplied by the translator' ||
          (if (@cert = 'low') then ' (uncertain reading)' else '')"/>
      <xsl:sequence select="th:marks(te:supplied-open(.))"/>
      <xsl:apply-templates mode="#current"/>
      <xsl:sequence select="th:marks(te:supplied-close(.))"/>
    </span>
  </xsl:template>

  <xsl:function name="th:marks" as="node()*">
    <xsl:param name="marks" as="xs:string"/>
    <xsl:analyze-string select="$marks" regex="[\[\]]">
      <xsl:matching-substring><span class="br"><xsl:value-of select="."/></span></xsl:matching-substring>
      <xsl:non-matching-substring><span class="cert"><xsl:value-of select="."/></span></xsl:non-matching-substring>
    </xsl:analyze-string>
  </xsl:function>

  <xsl:template match="tei:sic" mode="#default th:plain">
    <span class="sic"><xsl:apply-templates mode="#current"/></span>
    <span class="mk" title="So in the original"><xsl:value-of select="te:sic-mark(.)"/></span>
  </xsl:template>

  <!-- An omission is part of the text: shown in both views. -->
  <xsl:template match="tei:gap" mode="#default th:plain">
    <span class="gap" title="Omitted by the translator"><xsl:value-of select="te:gap-mark(.)"/></span>
  </xsl:template>

  <xsl:template match="tei:date[@when]" mode="#default th:plain">
    <time datetime="{@when}"><xsl:apply-templates mode="#current"/></time>
  </xsl:template>

  <xsl:template match="tei:title | tei:bibl/tei:title" mode="#default th:plain">
    <cite><xsl:apply-templates mode="#current"/></cite>
  </xsl:template>

  <xsl:template match="tei:ref[@target]">
    <a href="{@target}"><xsl:apply-templates/></a>
  </xsl:template>

  <xsl:template match="tei:hi[tokenize(@rend) = ('italic', 'italics')]" mode="#default th:plain">
    <em><xsl:apply-templates mode="#current"/></em>
  </xsl:template>

  <xsl:template match="tei:hi[tokenize(@rend) = 'bold']" mode="#default th:plain">
    <strong><xsl:apply-templates mode="#current"/></strong>
  </xsl:template>

  <!-- ============================================================ note markers -->
  <!-- HTML id of a note and of its marker. -->
  <xsl:function name="th:note-id" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="($note/@xml:id, 'note-' || te:note-number($note))[1]"/>
  </xsl:function>

  <xsl:template match="tei:note">
    <xsl:variable name="id" select="th:note-id(.)"/>
    <span class="fn">
      <a class="nref" id="ref-{$id}" href="#{$id}" role="doc-noteref" aria-describedby="pop-{$id}"
         aria-label="Note {te:note-number(.)}">
        <sup><xsl:value-of select="te:note-number(.)"/></sup>
      </a>
      <span class="pop" id="pop-{$id}">
        <span class="pop-n"><xsl:value-of select="te:note-number(.)"/></span>
        <xsl:text> </xsl:text>
        <xsl:apply-templates select="node()" mode="th:note-pop"/>
      </span>
    </span>
  </xsl:template>

  <!-- In the pop-up a note's paragraphs become lines; names are plain text. -->
  <xsl:template match="tei:p" mode="th:note-pop">
    <span class="pop-p"><xsl:apply-templates mode="th:plain"/></span>
  </xsl:template>

  <xsl:template match="node()" mode="th:note-pop">
    <xsl:apply-templates select="." mode="th:plain"/>
  </xsl:template>

  <xsl:template match="tei:note" mode="th:plain"/>
</xsl:stylesheet>
