<?xml version="1.0" encoding="UTF-8"?>
<!--
  The edition's register page (DIR/registers.html): persons, organizations
  and places, each entry an anchor #<entry id> (the id of the register), with
  its dates, description and authority links, and every document and
  paragraph that names it (links to html/<id>.html#pN, or to the note, the
  title or the summary). Entries: the whole register (te:register) when the
  collection has one, entries no document names listed as such; and every
  entry the documents carry in their standOff.
  Input: the collection described in collection.xsl. Parameters: params.xsl.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:te="urn:tei-edition"
  xmlns:th="urn:tei-edition:html"
  exclude-result-prefixes="#all">

  <xsl:import href="../common/conventions.xsl"/>
  <xsl:include href="params.xsl"/>
  <xsl:include href="page.xsl"/>
  <xsl:include href="text.xsl"/>
  <xsl:include href="names.xsl"/>
  <xsl:include href="meta.xsl"/>
  <xsl:include href="collection.xsl"/>

  <xsl:output method="html" html-version="5" encoding="UTF-8" include-content-type="no" indent="yes"/>

  <xsl:variable name="th:sections" as="map(xs:string, xs:string)"
    select="map{'person': 'Persons', 'org': 'Organizations', 'place': 'Places'}"/>

  <xsl:template match="/">
    <xsl:apply-templates select="te:collection" mode="th:registers"/>
  </xsl:template>

  <xsl:template match="te:collection" mode="th:registers">
    <xsl:variable name="collection" select="."/>
    <xsl:variable name="edition-title" select="th:edition-title(.)"/>
    <xsl:variable name="documents" select="th:documents(.)"/>
    <!-- The register's entry where there is one, else the first document's (in edition order). -->
    <xsl:variable name="entries" as="element()*">
      <xsl:for-each-group select="te:register//(tei:person | tei:org | tei:place)[@xml:id],
                                  $documents/tei:TEI/tei:standOff//(tei:person | tei:org | tei:place)[@xml:id]"
                          group-by="@xml:id">
        <xsl:sequence select="current-group()[1]"/>
      </xsl:for-each-group>
    </xsl:variable>
    <xsl:variable name="kinds" select="('person', 'org', 'place')[. = $entries/te:entity-kind(.)]"/>
    <xsl:call-template name="th:page">
      <xsl:with-param name="title" select="'Persons, organizations and places — ' || $edition-title"/>
      <xsl:with-param name="lang" select="(te:edition/te:language, 'en')[1]"/>
      <xsl:with-param name="edition-title" select="$edition-title"/>
      <xsl:with-param name="meta" as="element()*">
        <meta name="description" content="The persons, organizations and places named in {$edition-title}, with the documents and paragraphs that name them."/>
      </xsl:with-param>
      <xsl:with-param name="nav" as="element()*" select="
          th:nav-item(th:href($index-path, ''), 'Documents', false()),
          th:nav-item(th:href($registers-path, ''), 'Registers', true())"/>
      <xsl:with-param name="content" as="element()*">
        <header class="page-head">
          <h1>Persons, organizations and places</h1>
          <p>Every entry lists the documents of the edition that name it, with the paragraphs (¶)
            or notes (n.) where the name stands.</p>
          <nav class="register-nav" aria-label="Registers">
            <ul>
              <xsl:for-each select="$kinds">
                <li><a href="#register-{.}"><xsl:value-of select="$th:sections(.)"/></a></li>
              </xsl:for-each>
            </ul>
          </nav>
        </header>
        <xsl:for-each select="$kinds">
          <xsl:variable name="kind" select="."/>
          <section class="register-section" id="register-{$kind}" aria-labelledby="register-{$kind}-h">
            <h2 id="register-{$kind}-h"><xsl:value-of select="$th:sections($kind)"/></h2>
            <ul class="register name-list">
              <xsl:for-each select="$entries[te:entity-kind(.) = $kind]">
                <xsl:sort select="th:sort-key(.)"/>
                <xsl:sort select="@xml:id"/>
                <xsl:call-template name="th:register-entry">
                  <xsl:with-param name="entry" select="."/>
                  <xsl:with-param name="documents" select="$documents"/>
                </xsl:call-template>
              </xsl:for-each>
            </ul>
          </section>
        </xsl:for-each>
      </xsl:with-param>
      <xsl:with-param name="footer" as="node()*">
        <xsl:call-template name="th:collection-footer"><xsl:with-param name="collection" select="$collection"/></xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="th:register-entry">
    <xsl:param name="entry" as="element()"/>
    <xsl:param name="documents" as="element(te:document)*"/>
    <xsl:variable name="ref" select="'#' || $entry/@xml:id"/>
    <li id="{$entry/@xml:id}">
      <span class="ix-name"><xsl:value-of select="te:entity-sort-name($entry)"/></span>
      <xsl:for-each select="te:entity-dates($entry)">
        <xsl:text> </xsl:text><span class="ix-dates">(<xsl:value-of select="."/>)</span>
      </xsl:for-each>
      <xsl:if test="$entry/tei:note">
        <xsl:text> </xsl:text><span class="ix-desc"><xsl:value-of select="normalize-space($entry/tei:note[1])"/></span>
      </xsl:if>
      <xsl:if test="$entry/tei:idno[@type = ('wikidata', 'viaf')]">
        <span class="ix-locs">
          <xsl:call-template name="th:authority-links"><xsl:with-param name="entry" select="$entry"/></xsl:call-template>
        </span>
      </xsl:if>
      <xsl:variable name="naming" select="$documents[th:mentions(tei:TEI)/@ref = $ref]"/>
      <xsl:choose>
        <xsl:when test="$naming">
          <ul class="docs">
            <xsl:for-each select="$naming">
              <xsl:variable name="page" select="th:href($html-path, @id)"/>
              <li>
                <a href="{$page}"><xsl:value-of select="te:title(tei:TEI)"/></a>
                <xsl:variable name="date" as="node()*">
                  <xsl:call-template name="th:document-date"><xsl:with-param name="tei" select="tei:TEI"/></xsl:call-template>
                </xsl:variable>
                <xsl:if test="exists($date)"><xsl:text> (</xsl:text><xsl:sequence select="$date"/>)</xsl:if>
                <xsl:text>: </xsl:text>
                <xsl:for-each select="th:locators(th:mentions(tei:TEI)[@ref = $ref])">
                  <xsl:if test="position() gt 1">, </xsl:if>
                  <a href="{$page}{@href}"><xsl:value-of select="if (matches(@label, '^\d+$')) then '¶&#160;' || @label else @label"/></a>
                </xsl:for-each>
              </li>
            </xsl:for-each>
          </ul>
        </xsl:when>
        <xsl:otherwise>
          <span class="ix-locs">Not named in the documents of this edition.</span>
        </xsl:otherwise>
      </xsl:choose>
    </li>
  </xsl:template>
</xsl:stylesheet>
