<?xml version="1.0" encoding="UTF-8"?>
<!--
  The edition's index page (DIR/index.html): the documents in order of date,
  each with its date, title, summary and links to its reading edition, print
  edition (PDF) and plain-text edition. Input: the collection described in
  collection.xsl. Parameters: params.xsl ($root is '' here).
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

  <xsl:template match="/">
    <xsl:apply-templates select="te:collection" mode="th:index"/>
  </xsl:template>

  <xsl:template match="te:collection" mode="th:index">
    <xsl:variable name="collection" select="."/>
    <xsl:variable name="title" select="th:edition-title(.)"/>
    <xsl:variable name="documents" select="th:documents(.)"/>
    <xsl:call-template name="th:page">
      <xsl:with-param name="title" select="$title"/>
      <xsl:with-param name="lang" select="(te:edition/te:language, 'en')[1]"/>
      <xsl:with-param name="edition-title" select="$title"/>
      <xsl:with-param name="meta" as="element()*">
        <meta name="description" content="{$title}: {count($documents)} document{if (count($documents) = 1) then '' else 's'}."/>
      </xsl:with-param>
      <xsl:with-param name="nav" as="element()*" select="
          th:nav-item(th:href($index-path, ''), 'Documents', true()),
          th:nav-item(th:href($registers-path, ''), 'Registers', false())"/>
      <xsl:with-param name="content" as="element()*">
        <header class="page-head">
          <h1><xsl:value-of select="$title"/></h1>
          <xsl:variable name="statement" select="string-join((te:edition/te:edition, te:edition/te:publisher,
              te:edition/te:date)/normalize-space()[.], ', ')"/>
          <xsl:if test="$statement"><p class="statement"><xsl:value-of select="$statement"/>.</p></xsl:if>
          <xsl:if test="te:edition/te:editor">
            <p class="editors">Edited by <xsl:value-of select="string-join(te:edition/te:editor/normalize-space(), ', ')"/>.</p>
          </xsl:if>
          <p><xsl:value-of select="count($documents)"/> document<xsl:if test="count($documents) != 1">s</xsl:if>, in order of date.
            <xsl:for-each select="th:href($registers-path, '')">
              Persons, organizations and places: <a href="{.}">registers</a>.
            </xsl:for-each>
          </p>
        </header>
        <ol class="doc-list">
          <xsl:for-each select="$documents">
            <xsl:variable name="tei" select="tei:TEI"/>
            <xsl:variable name="id" select="string(@id)"/>
            <li id="doc-{$id}">
              <p class="doc-date"><xsl:call-template name="th:document-date"><xsl:with-param name="tei" select="$tei"/></xsl:call-template></p>
              <h2>
                <xsl:variable name="href" select="th:href($html-path, $id)"/>
                <xsl:choose>
                  <xsl:when test="exists($href)">
                    <a href="{$href}"><xsl:call-template name="th:document-title"><xsl:with-param name="tei" select="$tei"/></xsl:call-template></a>
                  </xsl:when>
                  <xsl:otherwise><xsl:call-template name="th:document-title"><xsl:with-param name="tei" select="$tei"/></xsl:call-template></xsl:otherwise>
                </xsl:choose>
              </h2>
              <xsl:for-each select="$tei/tei:teiHeader/tei:profileDesc/tei:abstract">
                <div class="summary"><xsl:apply-templates mode="th:summary"/></div>
              </xsl:for-each>
              <xsl:variable name="formats" as="element()*">
                <xsl:for-each select="('html', 'pdf', 'text', 'tei')">
                  <xsl:variable name="pattern" select="map{'html': $html-path, 'pdf': $pdf-path, 'text': $text-path, 'tei': $tei-path}(.)"/>
                  <xsl:variable name="label" select="map{'html': 'Reading edition', 'pdf': 'PDF', 'text': 'Plain text', 'tei': 'TEI XML'}(.)"/>
                  <xsl:for-each select="th:href($pattern, $id)">
                    <li><a href="{.}" aria-label="{$label}: {te:title($tei)}"><xsl:value-of select="$label"/></a></li>
                  </xsl:for-each>
                </xsl:for-each>
              </xsl:variable>
              <xsl:if test="exists($formats)">
                <ul class="formats" aria-label="Editions of this document"><xsl:sequence select="$formats"/></ul>
              </xsl:if>
            </li>
          </xsl:for-each>
        </ol>
      </xsl:with-param>
      <xsl:with-param name="footer" as="node()*">
        <xsl:call-template name="th:collection-footer"><xsl:with-param name="collection" select="$collection"/></xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:p" mode="th:summary">
    <p><xsl:apply-templates mode="th:plain"/></p>
  </xsl:template>
</xsl:stylesheet>
