<?xml version="1.0" encoding="UTF-8"?>
<!--
  The print edition's text: front, body and back of tei:text as print HTML.
  Citable blocks (p, list, ab with @n) carry their number in the outer margin;
  notes become CSS footnotes (float: footnote) at their marker; every name
  linked to the register is an anchor (id m1, m2, ...) that the index points at.
  Included by print.xsl.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:te="urn:tei-edition"
  xmlns:tp="urn:tei-edition:print"
  exclude-result-prefixes="#all">

  <!-- Formatting white space is never text. -->
  <xsl:template match="text()[te:is-formatting(.)]" priority="2"/>
  <xsl:template match="text()[te:is-formatting(.)]" mode="plain" priority="2"/>

  <!-- ============================================================ structure -->
  <xsl:template match="tei:text">
    <article class="text" lang="{(@xml:lang, ancestor::tei:TEI/tp:language(.))[1]}"
      data-short-title="{tp:short-title(ancestor::tei:TEI)}">
      <xsl:apply-templates select="tei:front, tei:body"/>
      <xsl:if test="tei:back">
        <section class="back">
          <xsl:apply-templates select="tei:back"/>
        </section>
      </xsl:if>
    </article>
  </xsl:template>

  <xsl:template match="tei:front">
    <header class="front">
      <xsl:apply-templates/>
    </header>
  </xsl:template>

  <xsl:template match="tei:docDate">
    <p class="doc-date"><xsl:apply-templates/></p>
  </xsl:template>

  <xsl:template match="tei:docTitle">
    <p class="doc-title"><xsl:apply-templates/></p>
  </xsl:template>

  <xsl:template match="tei:titlePart">
    <span class="title-part"><xsl:apply-templates/></span>
    <xsl:if test="following-sibling::tei:titlePart"><br/></xsl:if>
  </xsl:template>

  <xsl:template match="tei:body | tei:back">
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="tei:body/tei:head">
    <h2 class="head"><xsl:apply-templates/></h2>
  </xsl:template>

  <xsl:template match="tei:div">
    <section class="div {(@type, 'section')[1]}" data-title="{tp:div-title(.)}">
      <xsl:apply-templates/>
    </section>
  </xsl:template>

  <!-- The running head of a div: "Section 5", "Section 5 c: About the French, Italian and
       English communists."; a div without number or head: the document's short title. -->
  <xsl:function name="tp:div-title" as="xs:string">
    <xsl:param name="div" as="element(tei:div)"/>
    <xsl:variable name="numbers" select="string-join($div/ancestor-or-self::tei:div/@n, ' ')"/>
    <xsl:variable name="head" select="$div/tei:head[1]"/>
    <xsl:variable name="head-text" select="normalize-space(string-join($head/node()[not(self::tei:label)] ! tp:plain-string(.), ''))"/>
    <xsl:variable name="title" select="string-join((('Section ' || $numbers)[$numbers], $head-text[.]), ': ')"/>
    <xsl:sequence select="if ($title) then $title else tp:short-title($div/ancestor::tei:TEI)"/>
  </xsl:function>

  <xsl:template match="tei:div/tei:head">
    <h3 class="div-head"><xsl:apply-templates/></h3>
  </xsl:template>

  <!-- A speech: the speaker runs into the first paragraph, as in the translation. -->
  <xsl:template match="tei:sp">
    <div class="sp"><xsl:apply-templates/></div>
  </xsl:template>

  <xsl:template match="tei:speaker"/>

  <xsl:template match="tei:speaker" mode="run-in">
    <span class="speaker"><xsl:apply-templates/></span>
  </xsl:template>

  <!-- ============================================================ citable blocks -->
  <xsl:template match="tei:p | tei:ab">
    <p class="{string-join((local-name(), @type, tp:side(.), tp:break(.)), ' ')}">
      <xsl:call-template name="citable"/>
      <xsl:apply-templates select="preceding-sibling::*[1][self::tei:speaker]" mode="run-in"/>
      <xsl:apply-templates/>
    </p>
  </xsl:template>

  <!-- The closing lines of a cable: the signature, then dispatch notes. -->
  <xsl:template match="tei:closer">
    <div class="closer"><xsl:apply-templates/></div>
  </xsl:template>

  <xsl:template match="tei:signed | tei:trailer">
    <p class="{local-name()}"><xsl:apply-templates/></p>
  </xsl:template>

  <xsl:template match="tei:note//tei:p" priority="2">
    <span class="note-p"><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="tei:list">
    <div class="{string-join(('list', @type, tp:side(.), tp:break(.)), ' ')}">
      <xsl:call-template name="citable"/>
      <xsl:element name="{if (@type = 'ordered') then 'ol' else 'ul'}">
        <xsl:apply-templates select="tei:head"/>
        <xsl:apply-templates select="tei:item"/>
      </xsl:element>
    </div>
  </xsl:template>

  <xsl:template match="tei:list/tei:head">
    <li class="list-head"><xsl:apply-templates/></li>
  </xsl:template>

  <xsl:template match="tei:item">
    <li>
      <xsl:if test="../@type = 'bulleted'">
        <span class="bullet" aria-hidden="true"><xsl:value-of select="te:bullet(..)"/></span>
      </xsl:if>
      <xsl:apply-templates/>
    </li>
  </xsl:template>

  <!-- The anchor and the margin number of a citable block. -->
  <xsl:template name="citable">
    <xsl:if test="@xml:id">
      <xsl:attribute name="id" select="@xml:id"/>
    </xsl:if>
    <xsl:if test="@n and matches(@xml:id, '^p\d+$')">
      <span class="pn"><xsl:value-of select="@n"/></span>
    </xsl:if>
  </xsl:template>

  <!-- Which margin is the outer one: from the page of the previous layout pass. -->
  <xsl:function name="tp:side" as="xs:string?">
    <xsl:param name="block" as="element()"/>
    <xsl:variable name="page" select="$tp:page-of(string($block/@xml:id))"/>
    <xsl:sequence select="if (not(matches($block/@xml:id, '^p\d+$'))) then ()
        else if (exists($page) and $page mod 2 = 0) then 'verso' else 'recto'"/>
  </xsl:function>

  <!-- A page break before a block, when the layout asked for one. -->
  <xsl:function name="tp:break" as="xs:string?">
    <xsl:param name="block" as="element()"/>
    <xsl:sequence select="'page-break'[$block/@xml:id = tokenize($breaks)]"/>
  </xsl:function>

  <!-- ============================================================ inline -->
  <xsl:template match="tei:label">
    <span class="label"><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="tei:supplied">
    <span class="supplied">
      <xsl:value-of select="te:supplied-open(.)"/>
      <xsl:apply-templates/>
      <xsl:value-of select="te:supplied-close(.)"/>
    </span>
  </xsl:template>

  <xsl:template match="tei:sic">
    <span class="sic"><xsl:apply-templates/></span>
    <span class="sic-mark"><xsl:value-of select="te:sic-mark(.)"/></span>
  </xsl:template>

  <xsl:template match="tei:gap">
    <span class="gap"><xsl:value-of select="te:gap-mark(.)"/></span>
  </xsl:template>

  <xsl:template match="tei:lb">
    <br/>
  </xsl:template>

  <xsl:template match="tei:persName[@ref] | tei:orgName[@ref] | tei:placeName[@ref]">
    <xsl:variable name="entry" select="te:entity(.)"/>
    <span class="name {if ($entry) then te:entity-kind($entry) else 'unregistered'}" id="{tp:mention-id(.)}">
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <!-- The anchor of a name: m + its position among the names of the text (a name
       inside a name counts after it). -->
  <xsl:function name="tp:mention-id" as="xs:string">
    <xsl:param name="name" as="element()"/>
    <xsl:sequence select="'m' || (count($name/(preceding::* | ancestor::*)[self::tei:persName | self::tei:orgName | self::tei:placeName][@ref][ancestor::tei:text]) + 1)"/>
  </xsl:function>

  <xsl:template match="tei:title">
    <cite><xsl:apply-templates/></cite>
  </xsl:template>

  <xsl:template match="tei:ref[@target]">
    <a href="{@target}"><xsl:apply-templates/></a>
  </xsl:template>

  <xsl:template match="tei:hi | tei:foreign | tei:emph">
    <em><xsl:apply-templates/></em>
  </xsl:template>

  <!-- Notes: CSS footnotes at the marker; the number a reader sees is the common layer's.
       An empty anchor (fc1, fc2, ...) marks the call, the note itself is fn1, fn2, ...,
       so that the layout can check that both are on the same page. -->
  <xsl:template match="tei:note">
    <xsl:variable name="index" select="tp:note-index(.)"/>
    <span class="fn-call" id="fc{$index}"/>
    <span class="fn {@type}" id="fn{$index}" data-n="{te:note-number(.)}">
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <xsl:function name="tp:note-index" as="xs:integer">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="count($note/preceding::tei:note[ancestor::tei:text]) + 1"/>
  </xsl:function>

  <!-- A note without a marker (in back) is a block of its own. -->
  <xsl:template match="tei:back//tei:note[not(ancestor::tei:p)]" priority="2">
    <p class="endnote" id="fn{tp:note-index(.)}">
      <span class="endnote-n"><xsl:value-of select="te:note-number(.)"/></span>
      <xsl:text> </xsl:text>
      <xsl:apply-templates/>
    </p>
  </xsl:template>

  <xsl:template match="tei:note/tei:label | tei:note/tei:p/tei:label" priority="2">
    <span class="note-label"><xsl:apply-templates/></span>
  </xsl:template>

  <!-- ============================================================ plain mode -->
  <!-- Inline content without anchors or notes: the abstract, examples, running heads. -->
  <xsl:mode name="plain" on-no-match="text-only-copy"/>

  <xsl:template match="tei:supplied" mode="plain">
    <xsl:value-of select="te:supplied-open(.)"/>
    <xsl:apply-templates mode="plain"/>
    <xsl:value-of select="te:supplied-close(.)"/>
  </xsl:template>

  <xsl:template match="tei:sic" mode="plain">
    <xsl:apply-templates mode="plain"/>
    <xsl:value-of select="te:sic-mark(.)"/>
  </xsl:template>

  <xsl:template match="tei:gap" mode="plain">
    <xsl:value-of select="te:gap-mark(.)"/>
  </xsl:template>

  <xsl:template match="tei:lb" mode="plain">
    <xsl:text> </xsl:text>
  </xsl:template>

  <xsl:template match="tei:note" mode="plain"/>

  <xsl:function name="tp:plain-string" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="out">
      <xsl:apply-templates select="$node" mode="plain"/>
    </xsl:variable>
    <xsl:sequence select="string($out)"/>
  </xsl:function>
</xsl:stylesheet>
