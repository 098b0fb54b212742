<?xml version="1.0" encoding="UTF-8"?>
<!--
  The HTML reading edition of one document: one self-contained HTML5 file
  (style and script inline, no request leaves it).

  Page: banner (edition, documents, registers, other formats); the document's
  date, title and summary, what it is (source, translation, edition,
  licence); the switch between the editorial view (the translator's brackets
  shown and marked) and the reading view (brackets hidden); the text with
  paragraph numbers in the margin; the notes with links back to their
  markers; the names in this document; the editorial conventions; the
  recommended citation with a BibTeX download.

  Parameters: params.xsl. Meaning of the elements: ../common/conventions.xsl.
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

  <xsl:output method="html" html-version="5" encoding="UTF-8" include-content-type="no" indent="yes"/>

  <xsl:template match="/">
    <xsl:apply-templates select="tei:TEI" mode="th:document"/>
  </xsl:template>

  <xsl:template match="tei:TEI" mode="th:document">
    <xsl:variable name="tei" select="."/>
    <xsl:variable name="id" select="if ($document-id != '') then $document-id else string(@xml:id)"/>
    <xsl:variable name="file" select="tei:teiHeader/tei:fileDesc"/>
    <xsl:variable name="edition-title" select="normalize-space(($file/tei:seriesStmt/tei:title, $file/tei:publicationStmt/tei:publisher)[1])"/>
    <xsl:call-template name="th:page">
      <xsl:with-param name="title" select="string-join((te:title(.), $edition-title[.]), ' — ')"/>
      <xsl:with-param name="lang" select="(tei:text/@xml:lang, 'en')[1]"/>
      <xsl:with-param name="edition-title" select="$edition-title"/>
      <xsl:with-param name="skip-to" select="'text'"/>
      <xsl:with-param name="skip-label" select="'Skip to the text'"/>
      <xsl:with-param name="meta" as="element()*">
        <xsl:call-template name="th:meta">
          <xsl:with-param name="tei" select="$tei"/>
          <xsl:with-param name="id" select="$id"/>
        </xsl:call-template>
      </xsl:with-param>
      <xsl:with-param name="nav" as="element()*" select="
          th:nav-item(th:href($index-path, $id), 'Documents', false()),
          th:nav-item(th:href($registers-path, $id), 'Registers', false())"/>
      <xsl:with-param name="content" as="element()*">
        <article class="document">
          <xsl:call-template name="th:document-header">
            <xsl:with-param name="tei" select="$tei"/>
            <xsl:with-param name="id" select="$id"/>
          </xsl:call-template>
          <xsl:call-template name="th:view-switch"/>
          <div class="text" id="text" tabindex="-1">
            <xsl:apply-templates select="tei:text/tei:body"/>
          </div>
          <xsl:call-template name="th:notes"><xsl:with-param name="tei" select="$tei"/></xsl:call-template>
          <xsl:call-template name="th:names-index">
            <xsl:with-param name="tei" select="$tei"/>
            <xsl:with-param name="id" select="$id"/>
          </xsl:call-template>
          <xsl:call-template name="th:about"><xsl:with-param name="tei" select="$tei"/></xsl:call-template>
          <xsl:call-template name="th:cite">
            <xsl:with-param name="tei" select="$tei"/>
            <xsl:with-param name="id" select="$id"/>
          </xsl:call-template>
        </article>
      </xsl:with-param>
      <xsl:with-param name="footer" as="node()*">
        <xsl:call-template name="th:footer-from-header">
          <xsl:with-param name="publication" select="$file/tei:publicationStmt"/>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- ============================================================ header -->
  <xsl:template name="th:document-header">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:param name="id" as="xs:string"/>
    <xsl:variable name="front" select="$tei/tei:text/tei:front"/>
    <header class="doc-header">
      <xsl:for-each select="($front/tei:docDate, te:doc-date($tei))[1]">
        <p class="doc-date">
          <xsl:choose>
            <xsl:when test="@when"><time datetime="{@when}"><xsl:value-of select="normalize-space(.)"/></time></xsl:when>
            <xsl:otherwise><xsl:value-of select="normalize-space(.)"/></xsl:otherwise>
          </xsl:choose>
        </p>
      </xsl:for-each>
      <h1 id="title">
        <xsl:choose>
          <xsl:when test="$front/tei:docTitle">
            <xsl:for-each select="$front/tei:docTitle/tei:titlePart">
              <xsl:if test="position() gt 1"><br/></xsl:if>
              <xsl:apply-templates/>
            </xsl:for-each>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="te:title($tei)"/></xsl:otherwise>
        </xsl:choose>
      </h1>
      <xsl:for-each select="$tei/tei:teiHeader/tei:profileDesc/tei:abstract">
        <div class="summary" id="summary">
          <h2 class="vh">Summary</h2>
          <xsl:apply-templates/>
        </div>
      </xsl:for-each>
      <xsl:variable name="formats" as="element()*" select="
          th:format-link(th:href($pdf-path, $id), 'PDF (print edition)'),
          th:format-link(th:href($text-path, $id), 'Plain text'),
          th:format-link(th:href($tei-path, $id), 'TEI XML')"/>
      <xsl:if test="exists($formats)">
        <nav class="formats" aria-label="Other editions of this document">
          <ul><xsl:sequence select="$formats"/></ul>
        </nav>
      </xsl:if>
    </header>
  </xsl:template>

  <xsl:function name="th:format-link" as="element()?">
    <xsl:param name="href" as="xs:string?"/>
    <xsl:param name="label" as="xs:string"/>
    <xsl:for-each select="$href"><li><a href="{.}"><xsl:value-of select="$label"/></a></li></xsl:for-each>
  </xsl:function>

  <!-- The switch works without script (CSS :has); the script only mirrors it on <html>. -->
  <xsl:template name="th:view-switch">
    <form class="view-switch" action="#">
      <fieldset>
        <legend>View</legend>
        <xsl:for-each select="('editorial', 'reading')">
          <label>
            <input type="radio" name="view" id="view-{.}" value="{.}">
              <xsl:if test=". = $default-view"><xsl:attribute name="checked" select="'checked'"/></xsl:if>
            </input>
            <xsl:value-of select="if (. = 'editorial') then ' Editorial: the translator’s brackets shown'
                                  else ' Reading: brackets hidden'"/>
          </label>
        </xsl:for-each>
      </fieldset>
    </form>
  </xsl:template>

  <!-- ============================================================ notes -->
  <xsl:template name="th:notes">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="notes" select="$tei/tei:text//tei:note[not(ancestor::tei:note)]"/>
    <xsl:if test="$notes">
      <section class="notes" id="notes" aria-labelledby="notes-h">
        <h2 id="notes-h">Notes</h2>
        <ol class="notes">
          <xsl:for-each select="$notes">
            <xsl:variable name="id" select="th:note-id(.)"/>
            <xsl:variable name="marked" select="not(ancestor::tei:back)"/>
            <li id="{$id}">
              <span class="note-n"><xsl:value-of select="te:note-number(.)"/></span>
              <div class="note-body">
                <xsl:choose>
                  <xsl:when test="tei:p"><xsl:apply-templates select="node()"/></xsl:when>
                  <xsl:otherwise><p><xsl:apply-templates/></p></xsl:otherwise>
                </xsl:choose>
                <xsl:if test="$marked">
                  <p class="back"><a href="#ref-{$id}" role="doc-backlink" aria-label="Back to the text (note {te:note-number(.)})">↩ Back to the text</a></p>
                </xsl:if>
              </div>
            </li>
          </xsl:for-each>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- A note's own label ("Translator’s note:") -->
  <xsl:template match="tei:note/tei:label | tei:note/tei:p/tei:label[1]">
    <span class="note-label"><xsl:apply-templates/></span>
  </xsl:template>

  <!-- ============================================================ about -->
  <xsl:template name="th:about">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="file" select="$tei/tei:teiHeader/tei:fileDesc"/>
    <xsl:variable name="source" select="$file/tei:sourceDesc"/>
    <section class="about" id="about" aria-labelledby="about-h">
      <h2 id="about-h">About this document</h2>
      <dl>
        <xsl:for-each select="$source/(tei:bibl[@type = 'original'] | tei:msDesc)">
          <dt>Original</dt>
          <dd>
            <xsl:value-of select="string-join((
                normalize-space((tei:title, .//tei:msItem/tei:title)[1]),
                (tei:date, .//tei:docDate)[1]/normalize-space(),
                (tei:textLang, .//tei:textLang)[1]/normalize-space() ! ('in ' || .)), ', ')"/>
            <xsl:text>.</xsl:text>
            <xsl:for-each select="tei:msIdentifier">
              <xsl:text> </xsl:text>
              <xsl:value-of select="string-join((tei:country, tei:settlement, tei:repository, tei:collection, tei:idno)/normalize-space(), ', ')"/>
              <xsl:text>.</xsl:text>
            </xsl:for-each>
            <xsl:for-each select="tei:note">
              <xsl:text> </xsl:text><xsl:apply-templates/>
            </xsl:for-each>
          </dd>
        </xsl:for-each>
        <xsl:for-each select="$source/tei:bibl[@type = 'translation']">
          <dt>English translation</dt>
          <dd>
            <xsl:if test="tei:title"><cite><xsl:value-of select="normalize-space(tei:title)"/></cite>. </xsl:if>
            <xsl:if test="tei:publisher">Published by <xsl:value-of select="normalize-space(tei:publisher)"/>.</xsl:if>
            <xsl:for-each select="tei:ref[@target]"><xsl:text> </xsl:text><a href="{@target}"><xsl:value-of select="normalize-space(.)"/></a></xsl:for-each>
          </dd>
        </xsl:for-each>
        <dt>Translator</dt>
        <dd><xsl:value-of select="(te:translator($tei), 'Not named in the source.')[1]"/></dd>
        <xsl:for-each select="$source/tei:bibl[@type = 'record']/tei:ref[@target]">
          <dt>Archival record</dt>
          <dd><a href="{@target}"><xsl:value-of select="normalize-space(.)"/></a></dd>
        </xsl:for-each>
        <xsl:variable name="keywords" select="$tei/tei:teiHeader/tei:profileDesc/tei:textClass/tei:keywords/tei:term"/>
        <xsl:if test="$keywords">
          <dt>Subjects</dt>
          <dd><xsl:value-of select="string-join($keywords/normalize-space(), '; ')"/></dd>
        </xsl:if>
        <dt>This edition</dt>
        <dd>
          <xsl:value-of select="string-join((
              ($file/tei:seriesStmt/tei:title)[1]/normalize-space(),
              $file/tei:editionStmt/tei:edition[1]/normalize-space(),
              $file/tei:publicationStmt/tei:publisher[1]/normalize-space(),
              $file/tei:publicationStmt/tei:date[1]/normalize-space())[.], ', ')"/>
          <xsl:text>.</xsl:text>
        </dd>
        <xsl:for-each select="$file/tei:publicationStmt/tei:availability">
          <dt>Licence</dt>
          <dd>
            <xsl:for-each select="tei:licence[1]">
              <xsl:call-template name="th:licence-link"><xsl:with-param name="licence" select="."/></xsl:call-template>
              <xsl:text>. </xsl:text>
            </xsl:for-each>
            <xsl:value-of select="normalize-space(tei:p[1])"/>
          </dd>
        </xsl:for-each>
      </dl>
      <xsl:call-template name="th:conventions"><xsl:with-param name="tei" select="$tei"/></xsl:call-template>
    </section>
  </xsl:template>

  <!-- The editorial conventions: a key to the marks, then the TEI's own editorial declaration. -->
  <xsl:template name="th:conventions">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <h3 id="conventions">Editorial conventions</h3>
    <ul class="key">
      <li><span class="sup"><span class="br">[</span>and<span class="br">]</span></span> words supplied by the
        translator (in the reading view without brackets); <span class="sup"><span class="br">[</span>name<span class="cert">?</span><span class="br">]</span></span> an uncertain reading.</li>
      <li><span class="mk">[sic]</span> so in the original; <span class="gap">[…]</span> a passage the translator left out.</li>
      <li>Numbers in the margin count the paragraphs for citation; superscript numbers lead to the notes.</li>
      <li>Names of persons, organizations and places lead to the names in this document; hover over a name or focus it for a short description.</li>
    </ul>
    <xsl:variable name="decl" select="$tei/tei:teiHeader/tei:encodingDesc/tei:editorialDecl"/>
    <xsl:if test="$decl">
      <details>
        <summary>How the translation was encoded</summary>
        <xsl:for-each select="$decl/*/tei:p, $tei/tei:teiHeader/tei:encodingDesc/tei:projectDesc/tei:p">
          <p><xsl:apply-templates mode="th:plain"/></p>
        </xsl:for-each>
      </details>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
