<?xml version="1.0" encoding="UTF-8"?>
<!--
  What the edition's index page and register page share. Their input is a
  collection that tei_edition/render/html.py assembles:

    <te:collection xmlns:te="urn:tei-edition">
      <te:edition> title, edition, publisher, date, base-url, editor*, licence(@url, @statement) </te:edition>
      <te:document id="<id>"> <TEI>…</TEI> </te:document> …
      <te:register> <standOff>…</standOff> </te:register>   (register page, optional)
    </te:collection>

  What the edition's metadata lacks is taken from the documents' headers.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:te="urn:tei-edition"
  xmlns:th="urn:tei-edition:html"
  exclude-result-prefixes="#all">

  <!-- The documents in the edition's order: by date, then by id. -->
  <xsl:function name="th:documents" as="element(te:document)*">
    <xsl:param name="collection" as="element(te:collection)"/>
    <xsl:perform-sort select="$collection/te:document">
      <xsl:sort select="(th:document-date(tei:TEI), '9999')[1]"/>
      <xsl:sort select="@id"/>
    </xsl:perform-sort>
  </xsl:function>

  <xsl:function name="th:edition-title" as="xs:string">
    <xsl:param name="collection" as="element(te:collection)"/>
    <xsl:variable name="file" select="th:documents($collection)[1]/tei:TEI/tei:teiHeader/tei:fileDesc"/>
    <xsl:sequence select="normalize-space(($collection/te:edition/te:title, $file/tei:seriesStmt/tei:title,
        $collection/te:edition/te:publisher, $file/tei:publicationStmt/tei:publisher, 'Edition')[1])"/>
  </xsl:function>

  <!-- A document's title: its title page (with the translator's marks), else the header's title. -->
  <xsl:template name="th:document-title">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="parts" select="$tei/tei:text/tei:front/tei:docTitle/tei:titlePart"/>
    <xsl:choose>
      <xsl:when test="$parts">
        <xsl:for-each select="$parts">
          <xsl:if test="position() gt 1"><xsl:text> </xsl:text></xsl:if>
          <xsl:apply-templates mode="th:plain"/>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="te:title($tei)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The date a reader sees: as the document gives it. -->
  <xsl:template name="th:document-date">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:for-each select="($tei/tei:text/tei:front/tei:docDate, te:doc-date($tei))[1]">
      <xsl:choose>
        <xsl:when test="@when"><time datetime="{@when}"><xsl:value-of select="normalize-space(.)"/></time></xsl:when>
        <xsl:otherwise><xsl:value-of select="normalize-space(.)"/></xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>

  <!-- Footer: the edition's publisher and licence, else the first document's. -->
  <xsl:template name="th:collection-footer">
    <xsl:param name="collection" as="element(te:collection)"/>
    <xsl:variable name="edition" select="$collection/te:edition"/>
    <xsl:choose>
      <xsl:when test="$edition/te:publisher or $edition/te:licence">
        <xsl:for-each select="$edition/te:publisher">
          <p>Published by <xsl:value-of select="normalize-space(.)"/>.</p>
        </xsl:for-each>
        <xsl:for-each select="$edition/te:licence">
          <p>Licence:
            <xsl:choose>
              <xsl:when test="@url"><a rel="license" href="{@url}"><xsl:value-of select="normalize-space(.)"/></a></xsl:when>
              <xsl:otherwise><xsl:value-of select="normalize-space(.)"/></xsl:otherwise>
            </xsl:choose>.
            <xsl:value-of select="@statement"/></p>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="th:footer-from-header">
          <xsl:with-param name="publication" select="th:documents($collection)[1]/tei:TEI/tei:teiHeader/tei:fileDesc/tei:publicationStmt"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
