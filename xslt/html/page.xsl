<?xml version="1.0" encoding="UTF-8"?>
<!--
  The frame every HTML page of an edition shares: head with the inline
  style sheet (edition.css) and script (edition.js), skip link, banner with
  the edition's navigation, footer with publisher and licence. Pages make
  no request of their own: no web fonts, no external style or script.
  Also the link helpers: a path pattern of params.xsl turned into a href.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:te="urn:tei-edition"
  xmlns:th="urn:tei-edition:html"
  exclude-result-prefixes="#all">

  <!-- ============================================================ links -->
  <!-- A path pattern of params.xsl for one document; '' stays ''. -->
  <xsl:function name="th:path" as="xs:string">
    <xsl:param name="pattern" as="xs:string"/>
    <xsl:param name="id" as="xs:string"/>
    <xsl:sequence select="replace($pattern, '\{id\}', encode-for-uri($id))"/>
  </xsl:function>

  <!-- The same, as a link from the current page ($root), or () when the pattern is ''. -->
  <xsl:function name="th:href" as="xs:string?">
    <xsl:param name="pattern" as="xs:string"/>
    <xsl:param name="id" as="xs:string"/>
    <xsl:sequence select="if ($pattern = '') then () else $root || th:path($pattern, $id)"/>
  </xsl:function>

  <!-- The edition folder as an absolute URL: $base-url, else derived from a
       document's idno type="URI" when that is where html-path puts it. -->
  <xsl:function name="th:base" as="xs:string?">
    <xsl:param name="tei" as="element(tei:TEI)?"/>
    <xsl:param name="id" as="xs:string"/>
    <xsl:variable name="uri" select="string(($tei/tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:idno[@type = 'URI'])[1])"/>
    <xsl:variable name="own" select="th:path($html-path, $id)"/>
    <xsl:sequence select="if ($base-url != '') then $base-url
        else if ($own != '' and ends-with($uri, '/' || $own)) then substring($uri, 1, string-length($uri) - string-length($own))
        else ()"/>
  </xsl:function>

  <!-- A file of a document as an absolute URL when the base is known, else as a relative link. -->
  <xsl:function name="th:absolute" as="xs:string?">
    <xsl:param name="pattern" as="xs:string"/>
    <xsl:param name="tei" as="element(tei:TEI)?"/>
    <xsl:param name="id" as="xs:string"/>
    <xsl:variable name="base" select="th:base($tei, $id)"/>
    <xsl:sequence select="if ($pattern = '') then ()
        else if (exists($base)) then $base || th:path($pattern, $id)
        else th:href($pattern, $id)"/>
  </xsl:function>

  <!-- ============================================================ page -->
  <xsl:template name="th:page">
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="lang" as="xs:string" select="'en'"/>
    <xsl:param name="edition-title" as="xs:string"/>
    <xsl:param name="meta" as="node()*" select="()"/>
    <xsl:param name="nav" as="node()*" select="()"/>
    <xsl:param name="content" as="node()*"/>
    <xsl:param name="footer" as="node()*" select="()"/>
    <xsl:param name="skip-to" as="xs:string" select="'main'"/>
    <xsl:param name="skip-label" as="xs:string" select="'Skip to the content'"/>
    <html lang="{$lang}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="$title"/></title>
        <meta name="generator" content="tei-edition"/>
        <xsl:sequence select="$meta"/>
        <style><xsl:value-of select="unparsed-text('edition.css')"/></style>
      </head>
      <body>
        <a class="skip" href="#{$skip-to}"><xsl:value-of select="$skip-label"/></a>
        <header class="site">
          <p class="site-title">
            <xsl:variable name="index" select="th:href($index-path, '')"/>
            <xsl:choose>
              <xsl:when test="exists($index)"><a href="{$index}"><xsl:value-of select="$edition-title"/></a></xsl:when>
              <xsl:otherwise><xsl:value-of select="$edition-title"/></xsl:otherwise>
            </xsl:choose>
          </p>
          <xsl:if test="exists($nav)">
            <nav aria-label="Edition"><ul><xsl:sequence select="$nav"/></ul></nav>
          </xsl:if>
        </header>
        <main id="main" tabindex="-1">
          <xsl:sequence select="$content"/>
        </main>
        <footer class="site">
          <xsl:sequence select="$footer"/>
          <p class="made">Made with tei-edition from TEI P5.</p>
        </footer>
        <script><xsl:value-of select="unparsed-text('edition.js')"/></script>
      </body>
    </html>
  </xsl:template>

  <!-- One item of the banner navigation; nothing when the link is left out. -->
  <xsl:function name="th:nav-item" as="element()?">
    <xsl:param name="href" as="xs:string?"/>
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="current" as="xs:boolean"/>
    <xsl:if test="exists($href)">
      <li>
        <a href="{$href}">
          <xsl:if test="$current"><xsl:attribute name="aria-current" select="'page'"/></xsl:if>
          <xsl:value-of select="$label"/>
        </a>
      </li>
    </xsl:if>
  </xsl:function>

  <!-- Footer lines from a TEI header: publisher and licence. -->
  <xsl:template name="th:footer-from-header">
    <xsl:param name="publication" as="element(tei:publicationStmt)?"/>
    <xsl:variable name="licence" select="$publication/tei:availability/tei:licence[1]"/>
    <xsl:if test="$publication/tei:publisher">
      <p>Published by <xsl:value-of select="normalize-space($publication/tei:publisher[1])"/>.</p>
    </xsl:if>
    <xsl:if test="$licence">
      <p>Licence: <xsl:call-template name="th:licence-link"><xsl:with-param name="licence" select="$licence"/></xsl:call-template>.
        <xsl:value-of select="normalize-space($publication/tei:availability/tei:p[1])"/></p>
    </xsl:if>
  </xsl:template>

  <xsl:template name="th:licence-link">
    <xsl:param name="licence" as="element(tei:licence)"/>
    <xsl:choose>
      <xsl:when test="$licence/@target">
        <a rel="license" href="{$licence/@target}"><xsl:value-of select="normalize-space($licence)"/></a>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="normalize-space($licence)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
